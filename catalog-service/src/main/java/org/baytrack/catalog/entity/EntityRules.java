package org.baytrack.catalog.entity;

import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.commons.problem.ProblemException;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a registration acceptable: a well-formed id, a known type, and names no other entity already uses. */
public final class EntityRules {
    static final Set<String> TYPES = Set.of(Entity.PROJECT, Entity.PLACE, Entity.ORGANISATION, Entity.AGREEMENT);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    private EntityRules() {
    }

    public static Entity validate(EntityRegistration r, List<Entity> existing) {
        if (r == null) {
            throw ProblemException.badRequest("Send {\"id\", \"type\", \"name\", \"aliases\"} as JSON.");
        }
        if (r.id() == null || !ID.matcher(r.id()).matches()) {
            throw ProblemException.badRequest("id must be 2-64 characters of a-z, 0-9 and '-', starting with a letter "
                    + "or digit, e.g. \"zhuhai-jiangmen-hsr\".");
        }
        if (r.type() == null || !TYPES.contains(r.type())) {
            throw ProblemException.badRequest("type must be one of " + String.join(", ", TYPES.stream().sorted().toList()) + ".");
        }
        if (r.name() == null || r.name().isBlank()) {
            throw ProblemException.badRequest("name is required: the entity's Simplified Chinese name, e.g. \"珠江肇高铁\".");
        }
        Set<String> aliases = new LinkedHashSet<>();
        if (r.aliases() != null) {
            for (String alias : r.aliases()) {
                if (alias == null || alias.isBlank()) {
                    throw ProblemException.badRequest("aliases must not contain empty names.");
                }
                aliases.add(alias.strip());
            }
        }
        var entity = new Entity(r.id(), r.type(), r.name().strip(), blankToNull(r.nameHant()), blankToNull(r.nameEn()),
                List.copyOf(aliases));
        Map<String, Entity> taken = new HashMap<>();
        for (Entity e : existing) {
            if (e.id().equals(entity.id())) {
                throw new ProblemException(409, "Entity exists", "An entity with id " + e.id() + " already exists ("
                        + e.name() + "). Choose another id.");
            }
            e.names().forEach(n -> taken.put(key(n), e));
        }
        for (String n : entity.names()) {
            Entity owner = taken.get(key(n));
            if (owner != null) {
                throw new ProblemException(409, "Name already taken", "The name \"" + n + "\" already belongs to "
                        + owner.id() + " (" + owner.name() + "). Remove it from this registration.");
            }
        }
        return entity;
    }


    static String key(String name) {
        return ScriptConverter.get().toSimplified(name.strip()).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
