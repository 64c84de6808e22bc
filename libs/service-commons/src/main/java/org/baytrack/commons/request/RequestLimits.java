package org.baytrack.commons.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.baytrack.commons.problem.Problem;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Locale;

/**
 * Refuses an over-long URI (414), a URI or header that cannot be read ({@link RequestShape}, 400), a body whose
 * Content-Length is over the limit (413) before the body is read, and a chunked body (not a form) once it grows past
 * the limit (413), each with a problem+json body. Vert.x would answer the
 * long URI with an empty body before any handler runs, so its own line limit is raised above ours
 * (microprofile-config.properties).
 */
@ApplicationScoped
public class RequestLimits {
    private static final Logger LOG = Logger.getLogger(RequestLimits.class);
    /** Ahead of Quarkus's own upload limit, which answers 413 without a body. */
    public static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    private static final long DRAIN_MILLIS = 5_000;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;
    @Inject
    HttpLimitsConfig limits;

    /** Reads a chunked body, which announces no length, up to the limit; past it the route fails with 413. */
    private BodyHandler chunkedBodies;

    void install(@Observes Router router) {
        chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.route().order(ORDER).handler(this::check).failureHandler(this::chunkedBodyTooLarge);
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int maxUriLength = limits.maxUriLength();
        if (uri.length() > maxUriLength) {
            refuse(ctx, 414, "URI Too Long", "The request URI has " + uri.length() + " characters; the limit is "
                    + maxUriLength + ". Send long values in a request body instead of the query string.");
            return;
        }
        String shape = RequestShape.uriProblem(uri);
        if (shape == null) {
            shape = RequestShape.headerProblem(ctx.request().headers());
        }
        if (shape != null) {
            refuse(ctx, 400, "Bad Request", shape);
            return;
        }
        long length = contentLength(ctx);
        if (length > maxBodySize.asLongValue()) {
            refuse(ctx, 413, "Content Too Large", "The request body has " + length + " bytes; the limit is "
                    + maxBodySize.asLongValue() + " bytes (quarkus.http.limits.max-body-size).");
            return;
        }
        if (length < 0 && chunkedNonForm(ctx)) {
            // Quarkus would count a chunked body itself and answer an empty 413 past the limit
            chunkedBodies.handle(ctx);
            return;
        }
        ctx.next();
    }

    /** Forms are left to Quarkus, whose form reader answers past the limit with a body of its own. */
    private static boolean chunkedNonForm(RoutingContext ctx) {
        String encoding = ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")
                && (type == null || !(type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                || type.toLowerCase(Locale.ROOT).startsWith("multipart/")));
    }

    private void chunkedBodyTooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != 413 || ctx.failure() != null || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        refuse(ctx, 413, "Content Too Large", "The chunked request body grew past the limit of "
                + maxBodySize.asLongValue() + " bytes (quarkus.http.limits.max-body-size); send less, or split it.");
    }

    /** The declared Content-Length, or -1 when absent or unreadable (Vert.x then enforces the limit as it reads). */
    public static long contentLength(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Answers at once with a problem+json body. The body still on its way is dropped unread, not buffered, and the
     * connection closes once it has passed (or after a few seconds): closing at once would make clients that write
     * the whole body before reading the answer see a broken pipe instead of the 413.
     */
    public static void refuse(RoutingContext ctx, int status, String title, String detail) {
        LOG.debugf("Refused a request (%d): %s", status, detail);
        String body;
        try {
            body = EventCodec.mapper().writeValueAsString(new Problem("about:blank", title, status, detail, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var request = ctx.request();
        var connection = request.connection();
        long timer = ctx.vertx().setTimer(DRAIN_MILLIS, t -> connection.close());
        request.handler(ignored -> {
        });
        request.endHandler(ended -> {
            ctx.vertx().cancelTimer(timer);
            connection.close();
        });
        request.resume();
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
