package org.baytrack.analysis.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the versioned YAML data files that hold vocabulary, patterns and the gazetteer. */
public final class DataFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DataFiles() {
    }

    public static <T> T read(String resource, Class<T> type) {
        String path = "/org/baytrack/analysis/" + resource;
        try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file on the classpath: " + path);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + path, e);
        }
    }

    public static ObjectMapper yaml() {
        return YAML;
    }
}
