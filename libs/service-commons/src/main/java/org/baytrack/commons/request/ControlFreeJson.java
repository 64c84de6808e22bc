package org.baytrack.commons.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import org.baytrack.commons.problem.JsonProblems;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;

/**
 * Request bodies bound to records refuse string fields holding control characters (tab and line breaks aside) or
 * given as a number or boolean, so the error names the field. Kafka payloads are read by EventCodec's own mapper
 * and stay tolerant, so an event already published stays readable.
 */
@Singleton
public class ControlFreeJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        strict(mapper);
    }

    /** The mapper, changed to read request bodies strictly; returned for chaining. */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.registerModule(module());
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
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
                throw InvalidFormatException.from(p, JsonProblems.CONTROL_CHARACTER + String.format("U+%04X", c)
                        + "; remove it (tab, line feed and carriage return are allowed)", value, String.class);
            }
            return value;
        }
    }
}
