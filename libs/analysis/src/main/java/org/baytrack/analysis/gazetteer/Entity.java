package org.baytrack.analysis.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A canonical thing we track. type is project, place, organisation or agreement; aliases may be
 * in any script or language (Traditional forms are also derived from the Simplified ones).
 */
public record Entity(String id, String type, String name, String nameHant, String nameEn, List<String> aliases) {
    public static final String PROJECT = "project";
    public static final String PLACE = "place";
    public static final String ORGANISATION = "organisation";
    public static final String AGREEMENT = "agreement";

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static Entity project(String id, String name, String nameEn, List<String> aliases) {
        return new Entity(id, PROJECT, name, null, nameEn, aliases);
    }

    public boolean isProject() {
        return PROJECT.equals(type);
    }

    /** Every name the entity goes by, as given: name, Traditional and English names, aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name);
        if (nameHant != null) {
            names.add(nameHant);
        }
        if (nameEn != null) {
            names.add(nameEn);
        }
        names.addAll(aliases);
        return names;
    }
}
