package org.baytrack.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

    public static ReceivedEvent<?> decode(String json) {
        CloudEvent event = FORMAT.deserialize(json.getBytes(StandardCharsets.UTF_8));
        var type = EventType.of(event.getType());
        if (event.getData() == null) {
            throw new IllegalArgumentException("CloudEvent " + event.getId() + " of type " + type.type() + " has no data");
        }
        EventPayload data = readJson(event.getData().toBytes(), type.payloadType());
        return new ReceivedEvent<>(event.getId(), type, event.getSubject(), event.getTime(), data);
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
