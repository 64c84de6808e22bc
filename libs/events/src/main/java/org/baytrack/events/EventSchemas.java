package org.baytrack.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates CloudEvent JSON against the published schema of its type; used by tests of every producer. */
public final class EventSchemas {
    private static final Map<EventType, JsonSchema> SCHEMAS = new EnumMap<>(EventType.class);

    private EventSchemas() {
    }

    /** The problems found, empty when the event conforms to the schema of its declared type. */
    public static List<String> violations(String cloudEventJson) {
        try {
            JsonNode node = EventCodec.mapper().readTree(cloudEventJson);
            EventType type = EventType.of(node.path("type").asText());
            return schema(type).validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    private static synchronized JsonSchema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(t.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("Missing schema " + t.schemaResource());
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
