package org.baytrack.commons.request;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Control characters have no place in ids, parameters or JSON fields, and PostgreSQL cannot store NUL at all.
 * Tab, line feed and carriage return are allowed where text may run over lines.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    public static boolean isControl(int c) {
        return c < 0x20 || c == 0x7F;
    }

    /** The first control character in the value, or -1; tab, LF and CR count only when lineBreaksAllowed is false. */
    public static int first(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return c;
            }
        }
        return -1;
    }

    /** Says which field holds a control character and which one, or null when there is none. */
    public static String describe(String field, String value, boolean lineBreaksAllowed) {
        int c = value == null ? -1 : first(value, lineBreaksAllowed);
        return c < 0 ? null : field + " contains the control character " + String.format("U+%04X", c)
                + "; remove it" + (lineBreaksAllowed ? " (tab, line feed and carriage return are allowed)." : ".");
    }

    /** The first field of a JSON tree whose name or string value holds a control character, described, or null. */
    public static String describe(JsonNode node) {
        return describe("", node);
    }

    private static String describe(String path, JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return describe(path.isEmpty() ? "the body" : "field '" + path + "'", node.textValue(), true);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = describe(path + "[" + i + "]", node.get(i));
                if (found != null) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var field = it.next();
            String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            String found = first(field.getKey(), false) >= 0 ? describe("the field name '" + Inputs.printable(name) + "'",
                    field.getKey(), false) : describe(name, field.getValue());
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
