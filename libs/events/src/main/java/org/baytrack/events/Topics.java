package org.baytrack.events;

/** Kafka topic names; one place so producers, consumers, the runner and docker-compose agree. */
public final class Topics {
    public static final String DOCUMENTS_INGESTED = "baytrack.documents.ingested";
    public static final String ARTICLES_CATALOGED = "baytrack.articles.cataloged";
    /** Compacted: the latest record per entity id is the entity's current definition. */
    public static final String ENTITIES_CHANGED = "baytrack.entities.changed";
    public static final String PROJECT_STATUS_CHANGED = "baytrack.projects.status-changed";
    public static final String AGREEMENT_CHANGED = "baytrack.agreements.changed";

    private Topics() {
    }
}
