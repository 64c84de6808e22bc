package org.baytrack.events;

import java.util.Arrays;

public enum EventType {
    DOCUMENT_INGESTED("org.baytrack.document.ingested", Topics.DOCUMENTS_INGESTED, DocumentIngested.class),
    ARTICLE_CATALOGED("org.baytrack.article.cataloged", Topics.ARTICLES_CATALOGED, ArticleCataloged.class),
    ENTITY_CHANGED("org.baytrack.entity.changed", Topics.ENTITIES_CHANGED, EntityChanged.class),
    PROJECT_STATUS_CHANGED("org.baytrack.project.status-changed", Topics.PROJECT_STATUS_CHANGED, ProjectStatusChanged.class),
    AGREEMENT_CHANGED("org.baytrack.agreement.changed", Topics.AGREEMENT_CHANGED, AgreementChanged.class);

    private final String type;
    private final String topic;
    private final Class<? extends EventPayload> payloadType;

    EventType(String type, String topic, Class<? extends EventPayload> payloadType) {
        this.type = type;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    /** Classpath location of the JSON Schema that every event of this type validates against. */
    public String schemaResource() {
        return "schemas/" + type.substring("org.baytrack.".length()) + ".json";
    }

    public static EventType of(String type) {
        return Arrays.stream(values())
                .filter(t -> t.type.equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Baytrack event type: " + type));
    }

    public static EventType of(Class<? extends EventPayload> payloadType) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType.equals(payloadType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type carries " + payloadType.getName()));
    }
}
