package org.baytrack.commons.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Request bodies bound to records refuse string fields holding control characters (tab and line breaks aside), so
 * the error names the field. Kafka payloads are read by EventCodec's own mapper and stay as tolerant as they were.
 */
@Singleton
public class ControlFreeJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    public static SimpleModule module() {
        return new SimpleModule("control-free-strings").addDeserializer(String.class, new Strings());
    }

    static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            int c = value == null ? -1 : ControlCharacters.first(value, true);
            if (c >= 0) {
                throw InvalidFormatException.from(p, "contains the control character " + String.format("U+%04X", c)
                        + "; remove it (tab, line feed and carriage return are allowed)", value, String.class);
            }
            return value;
        }
    }
}
