package org.baytrack.notification.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The API key for managing subscriptions: {@code baytrack.notification.api-key} when set; otherwise the key in
 * {@code api-key-file}, generated and written there on first start.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    @Inject
    NotificationConfig config;

    private volatile byte[] key;

    void onStart(@Observes StartupEvent event) {
        key();
    }

    public boolean matches(String candidate) {
        return MessageDigest.isEqual(key(), candidate.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = resolve().getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        return key;
    }

    private String resolve() {
        if (config.apiKey().isPresent() && !config.apiKey().get().isBlank()) {
            return config.apiKey().get().trim();
        }
        Path file = Path.of(config.apiKeyFile()).toAbsolutePath();
        try {
            if (Files.isRegularFile(file)) {
                String stored = Files.readString(file).trim();
                if (!stored.isEmpty()) {
                    LOG.infof("Using the API key in %s (baytrack.notification.api-key is not set)", file);
                    return stored;
                }
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            LOG.warnf("baytrack.notification.api-key is not set: generated an API key and wrote it to %s", file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the API key file " + file
                    + "; set baytrack.notification.api-key (BAYTRACK_NOTIFICATION_API_KEY) instead", e);
        }
    }
}
