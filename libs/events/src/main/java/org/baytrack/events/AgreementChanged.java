package org.baytrack.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A signed agreement was first reported, its progress figures changed, or its status moved on. Keyed by agreement
 * id so one agreement's changes stay in order. {@code projects} are the projects named where the agreement is
 * reported; {@code count} how many agreements were signed together; {@code historical} marks changes from backfilled or old documents, as for project changes.
 */
public record AgreementChanged(
        String agreementId,
        String title,
        String change,
        List<Party> parties,
        List<String> projects,
        String signed,
        List<String> fields,
        Integer count,
        State previous,
        State current,
        Evidence evidence,
        boolean historical) implements EventPayload {

    public static final String FIRST_SEEN = "first_seen";
    public static final String PROGRESS = "progress";
    public static final String STATUS_CHANGED = "status_changed";

    public AgreementChanged {
        parties = parties == null ? List.of() : List.copyOf(parties);
        projects = projects == null ? List.of() : List.copyOf(projects);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    @Override
    public String key() {
        return agreementId;
    }

    /** Where the agreement stands; {@code items} and {@code done} are null until a report gives them. */
    public record State(String status, Integer items, Integer done) {
    }

    /** {@code id} is the party's entity id, null when the gazetteer does not know it; {@code name} as worded. */
    public record Party(String id, String name) {
    }

    public record Evidence(String sentence, String articleId, String source, LocalDate published, String title) {
    }
}
