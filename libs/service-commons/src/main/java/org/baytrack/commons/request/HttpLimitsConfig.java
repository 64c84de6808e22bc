package org.baytrack.commons.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request limits Baytrack adds to Quarkus's own ({@link RequestLimits}). */
@ConfigMapping(prefix = "baytrack.http")
public interface HttpLimitsConfig {
    /** Longest request URI, in characters; a longer one gets 414 with a problem+json body. */
    @WithDefault("8192")
    int maxUriLength();
}
