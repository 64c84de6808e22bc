package org.baytrack.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Writes and reads Baytrack events as structured-mode CloudEvents JSON (the Kafka record value). */
public final class EventCodec {
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final EventFormat FORMAT = new JsonFormat();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static OutgoingEvent encode(String id, URI source, EventPayload data) {
        var type = EventType.of(data.getClass());
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withType(type.type())
                .withSource(source)
                .withSubject(data.key())
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(writeJson(data))
                .build();
        String json = new String(FORMAT.serialize(event), StandardCharsets.UTF_8);
        return new OutgoingEvent(id, type, type.topic(), data.key(), json);
    }

    /**
     * Reads the JSON once and binds {@code data} straight to its payload record: the SDK's reader parses the
     * event, writes {@code data} back to bytes and parses those again, three passes over the largest events that
     * every consumer pays for (docs/performance.md). Binary {@code data_base64} events still go through the SDK.
     */
    public static ReceivedEvent<?> decode(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a CloudEvent: the record is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !"1.0".equals(text(root, "specversion"))) {
            throw new IllegalArgumentException("Not a CloudEvent: expected a structured-mode CloudEvents 1.0 JSON object");
        }
        String id = required(root, "id");
        var type = EventType.of(required(root, "type"));
        required(root, "source");
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            if (root.hasNonNull("data_base64")) {
                return decodeWithSdk(json);
            }
            throw new IllegalArgumentException("CloudEvent " + id + " of type " + type.type() + " has no data");
        }
        EventPayload payload;
        try {
            payload = MAPPER.treeToValue(data, type.payloadType());
        } catch (IOException e) {
            throw new IllegalArgumentException("Event data is not a valid " + type.payloadType().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
        String time = text(root, "time");
        return new ReceivedEvent<>(id, type, text(root, "subject"), time == null ? null : OffsetDateTime.parse(time),
                payload);
    }

    private static ReceivedEvent<?> decodeWithSdk(String json) {
        CloudEvent event = FORMAT.deserialize(json.getBytes(StandardCharsets.UTF_8));
        var type = EventType.of(event.getType());
        EventPayload data = readJson(event.getData().toBytes(), type.payloadType());
        return new ReceivedEvent<>(event.getId(), type, event.getSubject(), event.getTime(), data);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Not a CloudEvent: attribute " + field + " is missing");
        }
        return value;
    }

    /** Decodes an event that must be of the given payload type, e.g. on a topic that carries one type only. */
    @SuppressWarnings("unchecked")
    public static <T extends EventPayload> ReceivedEvent<T> decode(String json, Class<T> payloadType) {
        ReceivedEvent<?> event = decode(json);
        if (!payloadType.isInstance(event.data())) {
            throw new IllegalArgumentException("Expected " + EventType.of(payloadType).type() + " but got "
                    + event.type().type());
        }
        return (ReceivedEvent<T>) event;
    }

    private static byte[] writeJson(Object data) {
        try {
            return MAPPER.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T readJson(byte[] bytes, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("Event data is not a valid " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }
}
