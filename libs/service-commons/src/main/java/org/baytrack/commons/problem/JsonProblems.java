package org.baytrack.commons.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says in the caller's terms what is wrong with a JSON body: the field, what it must be, the fields that exist.
 * Jackson's own messages name Java classes and parser settings, so they are only quoted for plain syntax errors.
 */
public final class JsonProblems {
    /** How a refused control character is told, so it is quoted rather than rewritten as a type mismatch. */
    public static final String CONTROL_CHARACTER = "contains the control character ";
    private static final Pattern JAVA_NAMES = Pattern.compile("[a-z_]\\w*\\.[a-z_]\\w*\\.|Exception|`");
    private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(",? from `[^`]*`");

    private JsonProblems() {
    }

    public static String detail(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Objects::toString).sorted().collect(Collectors.joining(", "));
            String parent = path(u, 1);
            return "Unknown field '" + u.getPropertyName() + "'" + (parent.isEmpty() ? "" : " in '" + parent + "'")
                    + (known.isEmpty() ? "." : "; the known fields are " + known + ".");
        }
        if (e instanceof InvalidFormatException f && f.getOriginalMessage() != null
                && f.getOriginalMessage().startsWith(CONTROL_CHARACTER)) {
            return "Field '" + path(f, 0) + "' " + f.getOriginalMessage() + ".";
        }
        if (e instanceof MismatchedInputException m) {
            String field = path(m, 0);
            String expected = expected(m.getTargetType());
            String value = m instanceof InvalidFormatException f && f.getValue() != null
                    ? ", not '" + shorten(String.valueOf(f.getValue())) + "'" : "";
            return field.isEmpty() ? "The body must be " + expected + value + "."
                    : "Field '" + field + "' must be " + expected + value + ".";
        }
        if (e instanceof StreamConstraintsException) {
            return "The JSON body goes past a parser limit: " + clean(e.getOriginalMessage(), "a value is too long or "
                    + "too deeply nested") + ". Send shorter values.";
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof InputCoercionException) {
            return "Field '" + path(m, 0) + "' is out of range for a whole number.";
        }
        if (e instanceof InputCoercionException) {
            return "A number in the body is out of range for its field.";
        }
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause
                && cause != e) {
            return detail(cause);
        }
        if (e instanceof JsonMappingException m) {
            String field = path(m, 0);
            return "The body could not be read as the expected JSON object" + (field.isEmpty() ? "" : " at field '"
                    + field + "'") + "; see /q/openapi for its fields and their types.";
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return "The body is not valid JSON" + where + ": " + clean(e.getOriginalMessage(), "a syntax error") + ".";
    }

    /** The field path of the error, dropping the last {@code drop} steps: {@code webhook.url}, {@code aliases[2]}. */
    static String path(JsonMappingException e, int drop) {
        var steps = e.getPath();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size() - drop; i++) {
            var step = steps.get(i);
            if (step.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                out.append('[').append(step.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "a JSON value of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date string YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO date-time string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (JsonNode.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isRecord()
                || !type.getName().startsWith("java.")) {
            return "a JSON object";
        }
        return "a JSON value of another type";
    }

    private static String clean(String message, String fallback) {
        if (message == null) {
            return fallback;
        }
        String m = CONSTRAINT_SOURCE.matcher(message).replaceAll("");
        return JAVA_NAMES.matcher(m).find() ? fallback : shorten(m);
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
