package org.baytrack.tracker.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.baytrack.events.EventCodec;
import org.baytrack.events.ProjectStatusChanged;

import java.util.List;

/** JSON kept in text columns, written and read with the event contract's own mapper. */
public final class JsonColumns {
    private JsonColumns() {
    }

    public static String write(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return EventCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    @Converter
    public static class StringList implements AttributeConverter<List<String>, String> {
        private static final TypeReference<List<String>> TYPE = new TypeReference<>() {
        };

        @Override
        public String convertToDatabaseColumn(List<String> value) {
            return write(value == null ? List.of() : value);
        }

        @Override
        public List<String> convertToEntityAttribute(String json) {
            try {
                return json == null ? List.of() : List.copyOf(EventCodec.mapper().readValue(json, TYPE));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored JSON is not a list of strings: " + e.getOriginalMessage(), e);
            }
        }
    }

    @Converter
    public static class Evidence implements AttributeConverter<ProjectStatusChanged.Evidence, String> {
        @Override
        public String convertToDatabaseColumn(ProjectStatusChanged.Evidence value) {
            return value == null ? null : write(value);
        }

        @Override
        public ProjectStatusChanged.Evidence convertToEntityAttribute(String json) {
            return json == null ? null : read(json, ProjectStatusChanged.Evidence.class);
        }
    }
}
