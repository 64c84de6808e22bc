package org.baytrack.catalog.entity;

import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.commons.request.ControlCharacters;
import org.baytrack.commons.request.Inputs;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a registration acceptable: a well-formed id, a known type, and names no other entity already uses.
 * Every name and alias is matched against every article, so each is bounded: a one-character alias would make the
 * catalog re-resolve nearly all of them.
 */
public final class EntityRules {
    static final Set<String> TYPES = Set.of(Entity.PROJECT, Entity.PLACE, Entity.ORGANISATION, Entity.AGREEMENT);
    static final int MIN_NAME = 2;
    static final int MAX_NAME = 100;
    static final int MAX_ALIASES = 50;
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
        checkName("name", r.name());
        checkName("nameHant", r.nameHant());
        checkName("nameEn", r.nameEn());
        Set<String> aliases = new LinkedHashSet<>();
        if (r.aliases() != null) {
            if (r.aliases().size() > MAX_ALIASES) {
                throw ProblemException.badRequest("aliases has " + r.aliases().size() + " names; at most "
                        + MAX_ALIASES + " are accepted. Keep the forms articles really use.");
            }
            for (int i = 0; i < r.aliases().size(); i++) {
                String alias = r.aliases().get(i);
                if (alias == null || alias.isBlank()) {
                    throw ProblemException.badRequest("aliases must not contain empty names (aliases[" + i + "]).");
                }
                checkName("aliases[" + i + "]", alias);
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

    /** A name given (null is absent) must be 2 to 100 characters on one line, without control characters. */
    private static void checkName(String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String control = ControlCharacters.describe(field, value, false);
        if (control != null) {
            throw ProblemException.badRequest(control);
        }
        String name = value.strip();
        int length = name.codePointCount(0, name.length());
        if (length < MIN_NAME || length > MAX_NAME) {
            throw ProblemException.badRequest(field + " '" + Inputs.printable(name.length() > 40
                    ? name.substring(0, 40) + "…" : name) + "' has " + length + " characters; names and aliases "
                    + "need " + MIN_NAME + " to " + MAX_NAME + ", since each is looked for in every article.");
        }
    }

    static String key(String name) {
        return ScriptConverter.get().toSimplified(name.strip()).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
