package org.baytrack.notification.config;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.baytrack.commons.problem.Problem;

/** Lets a request through to an {@link ApiKeyRequired} resource only with the right bearer key. */
@Provider
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    @Inject
    ApiKeys keys;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(withChallenge(Problem.response(401, "API key required",
                    "Managing subscriptions needs the API key: send 'Authorization: Bearer <key>'. "
                            + "The local runner prints it and writes it to .baytrack/api-key.")));
            return;
        }
        if (!keys.matches(header.substring(BEARER.length()).trim())) {
            request.abortWith(withChallenge(Problem.response(401, "Wrong API key",
                    "The bearer key is not this service's API key (baytrack.notification.api-key).")));
        }
    }

    private static jakarta.ws.rs.core.Response withChallenge(jakarta.ws.rs.core.Response response) {
        return jakarta.ws.rs.core.Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"baytrack\"").build();
    }
}
