package org.baytrack.runner.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A JSON document carries its fields in its body, and ingest refuses query parameters beside it: the command's
 * --source, --published and --backfill go into the document, filling the fields it lacks.
 */
final class JsonDocumentOptions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDocumentOptions() {
    }

    /**
     * The document with the options it lacks; unchanged when it is no JSON object (ingest then says what is wrong).
     *
     * @throws IllegalArgumentException when the document gives another value for an option the user set
     */
    static byte[] withOptions(byte[] document, Map<String, String> options) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(document);
        } catch (java.io.IOException e) {
            return document;
        }
        if (!(parsed instanceof ObjectNode doc)) {
            return document;
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (option.getValue() == null) {
                continue;
            }
            JsonNode own = doc.get(option.getKey());
            String value = option.getValue();
            if (own == null || own.isNull()) {
                if (option.getKey().equals("backfill")) {
                    doc.put("backfill", Boolean.parseBoolean(value));
                } else {
                    doc.put(option.getKey(), value);
                }
            } else if (!own.asText().equals(value)) {
                throw new IllegalArgumentException("the file's " + option.getKey() + " is '" + own.asText()
                        + "', the command's --" + option.getKey() + " '" + value + "'");
            }
        }
        try {
            return JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
