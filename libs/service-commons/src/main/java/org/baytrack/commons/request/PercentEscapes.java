package org.baytrack.commons.request;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a request URI that is not a URI ({@code /documents/%zz}, a bare '|') with a problem+json body, first of
 * every route. Quarkus's own check, ahead of the router, answers such a request 400 with an empty body; it reads
 * {@value #QUARKUS_URI_CHECK_OFF} once, when its recorder class loads, so every launcher sets that property on the
 * command line (the runner, the container image, the tests' surefire) and this check takes its place with the
 * same rule.
 */
@ApplicationScoped
public class PercentEscapes {
    public static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";
    private static final Pattern MALFORMED = Pattern.compile("%(?![0-9A-Fa-f]{2}).{0,2}", Pattern.DOTALL);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String problem = problem(ctx.request().uri());
            if (problem == null) {
                ctx.next();
            } else {
                RequestLimits.refuse(ctx, 400, "Bad request", problem);
            }
        });
    }

    /** What is wrong with the request URI, or null when it is a URI. */
    static String problem(String uri) {
        Matcher m = MALFORMED.matcher(uri);
        if (m.find()) {
            return "The request URI holds the malformed percent escape '" + Inputs.printable(m.group())
                    + "'; a '%' must start two hex digits, and a literal '%' is sent as %25.";
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            int at = Math.max(0, Math.min(e.getIndex(), uri.length() - 1));
            return "The request URI holds '" + Inputs.printable(uri.substring(at, Math.min(uri.length(), at + 1)))
                    + "' at position " + at + ", which a URI does not allow; percent-encode it.";
        }
    }
}
