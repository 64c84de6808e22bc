package org.baytrack.commons.access;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The keys this service accepts, read once at start from {@link AccessConfig}. Logs which files it read and never
 * a key.
 */
@ApplicationScoped
public class AccessGate {
    private static final Logger LOG = Logger.getLogger(AccessGate.class);

    @Inject
    AccessConfig config;

    private volatile Loaded loaded;

    private record Loaded(AccessKeys keys, Optional<String> readKey) {
    }

    void onStart(@Observes StartupEvent event) {
        loaded();
    }

    public AccessRule.Verdict decide(Scope needed, String authorization) {
        return AccessRule.decide(needed, config.openReads(), authorization, loaded().keys());
    }

    /** A key this service may present to another service's reads when those are closed: ingest's, else admin's. */
    public Optional<String> readKey() {
        return loaded().readKey();
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                l = loaded;
            }
        }
        return l;
    }

    private Loaded load() {
        Optional<String> ingest = key(config.ingestKey(), config.ingestKeyFile(), "ingest");
        Optional<String> admin = key(config.adminKey(), config.adminKeyFile(), "admin");
        AccessKeys keys = new AccessKeys(ingest, admin);
        if (keys.none()) {
            LOG.warn("No access key is configured (baytrack.access.ingest-key, admin-key or their -file forms): "
                    + "every write to this service is refused");
        }
        return new Loaded(keys, ingest.or(() -> admin));
    }

    private static Optional<String> key(Optional<String> value, Optional<Path> file, String name) {
        Optional<String> given = value.map(String::strip).filter(v -> !v.isEmpty());
        if (given.isPresent() || file.isEmpty()) {
            return given;
        }
        Path path = file.get().toAbsolutePath();
        try {
            String stored = Files.readString(path).strip();
            if (stored.isEmpty()) {
                throw new IllegalStateException("The " + name + " key file " + path + " is empty; write the key "
                        + "into it or set baytrack.access." + name + "-key");
            }
            LOG.infof("Using the %s key in %s", name, path);
            return Optional.of(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the " + name + " key file " + path + " (baytrack.access."
                    + name + "-key-file); create it or set baytrack.access." + name + "-key instead", e);
        }
    }
}
