package org.baytrack.events;

import java.util.List;

/** The current definition of a canonical entity; the topic is compacted on {@code id}. */
public record EntityChanged(
        String id,
        String type,
        String name,
        String nameHant,
        String nameEn,
        List<String> aliases,
        String change) implements EventPayload {

    public static final String REGISTERED = "registered";
    public static final String UPDATED = "updated";

    @Override
    public String key() {
        return id;
    }
}
