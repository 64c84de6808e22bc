package org.baytrack.commons.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The two configured keys, compared in constant time: the presented key and each configured one are hashed first,
 * so neither a key's content nor its length shows in how long a comparison takes.
 */
public final class AccessKeys {
    private final byte[] ingest;
    private final byte[] admin;

    public AccessKeys(Optional<String> ingestKey, Optional<String> adminKey) {
        this.ingest = ingestKey.filter(k -> !k.isBlank()).map(AccessKeys::digest).orElse(null);
        this.admin = adminKey.filter(k -> !k.isBlank()).map(AccessKeys::digest).orElse(null);
    }

    public boolean none() {
        return ingest == null && admin == null;
    }

    /** The scope the key grants; empty for a key that is neither. Both keys are always compared. */
    public Optional<Scope> scopeOf(String presented) {
        byte[] candidate = digest(presented);
        boolean isAdmin = admin != null && MessageDigest.isEqual(admin, candidate);
        boolean isIngest = ingest != null && MessageDigest.isEqual(ingest, candidate);
        return isAdmin ? Optional.of(Scope.ADMIN) : isIngest ? Optional.of(Scope.INGEST) : Optional.empty();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
