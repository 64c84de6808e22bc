package org.baytrack.commons.access;

/**
 * What a key lets its holder do, each level including the ones before it: any key reads (when reads are closed),
 * the ingest key also posts documents, the admin key also manages entities, subscriptions and deliveries.
 */
public enum Scope {
    READ, INGEST, ADMIN;

    public boolean covers(Scope needed) {
        return compareTo(needed) >= 0;
    }

    /** The configuration key a caller needs for this scope, for error details. */
    String keyName() {
        return this == ADMIN ? "admin key" : this == INGEST ? "ingest key (or the admin key)" : "ingest or admin key";
    }
}
