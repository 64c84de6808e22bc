package org.baytrack.events;

import java.util.List;

/**
 * The current definition of a canonical entity; the topic is compacted on {@code id}. {@code nameHant} is the
 * Traditional name, given or converted from {@code name} by the catalog, so followers need no script conversion.
 */
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
    /** The {@code type} of an entity whose status the board follows. */
    public static final String PROJECT = "project";

    @Override
    public String key() {
        return id;
    }
}
