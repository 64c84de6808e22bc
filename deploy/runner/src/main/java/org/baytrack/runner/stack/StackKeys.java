package org.baytrack.runner.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The local stack's two keys, kept in {@code <data dir>/ingest-key} and {@code admin-key}, readable by their owner
 * only. The services are given the files' paths, never the keys, so neither shows in a process listing or a log.
 */
public final class StackKeys {
    public static final String INGEST_FILE = "ingest-key";
    public static final String ADMIN_FILE = "admin-key";
    /** Where the single notification key of earlier versions was kept; it becomes the admin key. */
    public static final String LEGACY_FILE = "api-key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private StackKeys() {
    }

    public static Path ingestFile(Path dataDir) {
        return dataDir.resolve(INGEST_FILE);
    }

    public static Path adminFile(Path dataDir) {
        return dataDir.resolve(ADMIN_FILE);
    }

    /**
     * Makes sure both key files exist with mode 0600: an earlier {@code api-key} becomes {@code admin-key}, so the
     * subscriptions made with it can still be managed; a missing key is generated.
     */
    public static void ensure(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path legacy = dataDir.resolve(LEGACY_FILE);
        Path admin = adminFile(dataDir);
        if (!Files.exists(admin) && Files.isRegularFile(legacy) && !Files.readString(legacy).isBlank()) {
            Files.move(legacy, admin);
        }
        ensureKey(admin, "bt_admin_");
        ensureKey(ingestFile(dataDir), "bt_ingest_");
    }

    private static void ensureKey(Path file, String prefix) throws IOException {
        if (Files.isRegularFile(file) && !Files.readString(file).isBlank()) {
            ownerOnly(file);
            return;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.deleteIfExists(file);
        try {
            // created owner-only, so the key is never readable by others, not even for a moment
            Files.createFile(file, ownerOnlyAttribute());
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        ownerOnly(file);
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnlyAttribute() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: its own access rules apply
        }
    }
}
