package org.baytrack.tracker.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The pages quote documents from anywhere, so a browser is told to run only this server's own script files (never
 * inline script or event attributes) and to load styles and connect only to this server: text that slipped past
 * escaping still could not act. Swagger UI needs inline script, so this applies to the pages only.
 */
@Provider
@WebPage
public class PageHeaders implements ContainerResponseFilter {
    static final String POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
            + "img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Content-Security-Policy", POLICY);
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
    }
}
