package org.baytrack.commons.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The keys a service accepts. Each is given as a value or as a file holding it (the local runner writes files, so
 * the keys stay out of process listings and logs); a value wins over a file. With neither key, every write is
 * refused.
 */
@ConfigMapping(prefix = "baytrack.access")
public interface AccessConfig {
    /** The key that may post documents (scope {@code ingest}). */
    Optional<String> ingestKey();

    /** A file whose content is the ingest key, used when {@link #ingestKey()} is unset. */
    Optional<Path> ingestKeyFile();

    /** The key that may do everything: entities, subscriptions, deliveries, and what the ingest key may. */
    Optional<String> adminKey();

    /** A file whose content is the admin key, used when {@link #adminKey()} is unset. */
    Optional<Path> adminKeyFile();

    /** Reads and {@code POST /analyze} need no key; false: they need either key. */
    @WithDefault("true")
    boolean openReads();
}
