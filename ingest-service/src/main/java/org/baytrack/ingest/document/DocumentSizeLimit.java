package org.baytrack.ingest.document;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.baytrack.commons.request.RequestLimits;
import org.baytrack.ingest.IngestConfig;

/**
 * A raw document announcing more bytes than a document may have is refused before its body is read; the transport
 * limit (quarkus.http.limits.max-body-size) is higher because batches carry many documents.
 */
@ApplicationScoped
public class DocumentSizeLimit {
    @Inject
    IngestConfig config;

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/documents").order(RequestLimits.ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        long length = RequestLimits.contentLength(ctx);
        String type = ctx.request().getHeader("Content-Type");
        boolean raw = type != null && type.trim().toLowerCase(java.util.Locale.ROOT).startsWith("text/");
        long maxDocumentBytes = config.maxDocumentBytes();
        if (raw && length > maxDocumentBytes) {
            RequestLimits.refuse(ctx, 413, "Document too large", "The document has " + length + " bytes; the limit "
                    + "is " + maxDocumentBytes + " bytes (baytrack.ingest.max-document-bytes).");
            return;
        }
        ctx.next();
    }
}
