package org.baytrack.commons.access;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.baytrack.commons.problem.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;

/**
 * Lets a request reach a resource only with a key of the scope it needs ({@link KeyNeeded}), before its body is
 * read. The key travels in {@code Authorization}, a header no browser sends across origins without a preflight, and
 * no service answers a preflight with CORS headers, so a foreign page cannot write.
 */
public class AccessFilter {
    private static final Logger LOG = Logger.getLogger(AccessFilter.class);
    static final String CHALLENGE = "Bearer realm=\"baytrack\"";
    private static final String WHERE = " The local runner writes the keys to .baytrack/ingest-key and "
            + ".baytrack/admin-key; send 'Authorization: Bearer <key>'.";

    @Inject
    AccessGate gate;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null
                || resource.getResourceMethod().isAnnotationPresent(NoKey.class)
                || resource.getResourceClass().isAnnotationPresent(NoKey.class)) {
            return null;
        }
        Scope needed = needed(resource);
        AccessRule.Verdict verdict = gate.decide(needed, request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Scope shown = needed == null ? Scope.READ : needed;
        return switch (verdict) {
            case ALLOW -> null;
            case MISSING -> refuse(401, "Key required", "This request needs the " + shown.keyName() + "." + WHERE);
            case UNKNOWN -> refuse(401, "Unknown key", "The bearer key is neither this service's ingest key nor "
                    + "its admin key; this request needs the " + shown.keyName() + "." + WHERE);
            case TOO_SMALL -> refuse(403, "Key of the wrong scope", "The ingest key only posts documents; this "
                    + "request needs the " + shown.keyName() + "." + WHERE);
        };
    }

    private static Scope needed(ResourceInfo resource) {
        KeyNeeded on = annotation(resource.getResourceMethod());
        if (on == null) {
            on = annotation(resource.getResourceClass());
        }
        return on == null ? null : on.value();
    }

    private static KeyNeeded annotation(AnnotatedElement element) {
        return element.getAnnotation(KeyNeeded.class);
    }

    private static Response refuse(int status, String title, String detail) {
        LOG.debugf("Refused a request (%d): %s", status, title);
        Response problem = Problem.response(status, title, detail);
        return status == 401
                ? Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build()
                : problem;
    }
}
