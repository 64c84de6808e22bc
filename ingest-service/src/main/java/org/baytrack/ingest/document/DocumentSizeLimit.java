package org.baytrack.ingest.document;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.baytrack.commons.request.RequestLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A raw document announcing more bytes than a document may have is refused before its body is read; the transport
 * limit (quarkus.http.limits.max-body-size) is higher because batches carry many documents.
 */
@ApplicationScoped
public class DocumentSizeLimit {
    @ConfigProperty(name = "baytrack.ingest.max-document-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/documents").order(RequestLimits.ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        long length = RequestLimits.contentLength(ctx);
        String type = ctx.request().getHeader("Content-Type");
        boolean raw = type != null && type.trim().toLowerCase(java.util.Locale.ROOT).startsWith("text/");
        if (raw && length > maxDocumentBytes) {
            RequestLimits.refuse(ctx, 413, "Document too large", "The document has " + length + " bytes; the limit "
                    + "is " + maxDocumentBytes + " bytes (baytrack.ingest.max-document-bytes).");
            return;
        }
        ctx.next();
    }
}
