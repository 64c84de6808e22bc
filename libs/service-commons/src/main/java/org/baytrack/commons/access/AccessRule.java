package org.baytrack.commons.access;

import java.util.Optional;

/**
 * Whether a request may reach a resource: the scope it needs (null for a read), whether reads are open, and the
 * {@code Authorization} header it came with. Plain Java, so the table of cases is tested without a server.
 */
public final class AccessRule {
    private static final String BEARER = "Bearer ";

    /** The outcome: let through, 401 (no key or an unknown one), or 403 (a key of too small a scope). */
    public enum Verdict { ALLOW, MISSING, UNKNOWN, TOO_SMALL }

    private AccessRule() {
    }

    public static Verdict decide(Scope needed, boolean openReads, String authorization, AccessKeys keys) {
        Scope need = needed == null ? Scope.READ : needed;
        if (need == Scope.READ && openReads) {
            return Verdict.ALLOW;
        }
        Optional<String> key = bearer(authorization);
        if (key.isEmpty()) {
            return Verdict.MISSING;
        }
        Optional<Scope> granted = keys.scopeOf(key.get());
        if (granted.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        return granted.get().covers(need) ? Verdict.ALLOW : Verdict.TOO_SMALL;
    }

    /** The key of a {@code Bearer} header; the scheme's case does not matter (RFC 9110). */
    static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String key = authorization.substring(BEARER.length()).strip();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
