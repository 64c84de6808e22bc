package org.baytrack.tracker.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * What the pages read from elsewhere. The tracker's processing never calls the catalog (article.cataloged carries
 * what it needs); two pages do, on the server: the article view reads the article's text, the candidates page
 * the unregistered names, and relays a registration.
 */
@ConfigMapping(prefix = "baytrack.pages")
public interface PagesConfig {
    /** The catalog service's base address, as this server reaches it (never shown to a browser). */
    @WithDefault("http://localhost:8082")
    String catalogUrl();

    /** How long a page waits for the catalog before it says the catalog did not answer. */
    @WithDefault("PT5S")
    Duration catalogTimeout();

    /** How long a candidate's registration may take: the catalog analyses again every article naming it. */
    @WithDefault("PT60S")
    Duration registrationTimeout();
}
