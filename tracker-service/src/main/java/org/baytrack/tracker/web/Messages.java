package org.baytrack.tracker.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' interface strings in one language, from {@code web/messages_<lang>.properties}. Templates read them
 * as {@code msg.someKey} (keys are plain words, no dots); a key missing from a file shows as itself, so a gap is visible rather than blank.
 */
public final class Messages {
    public static final String DEFAULT_LANG = "zh";
    private static final Map<String, Messages> LOADED = new HashMap<>();

    /** A message key with the number it counts, worded by {@link #format}. */
    public record Text(String key, long n) {
    }

    private final String lang;
    private final Map<String, String> strings;

    private Messages(String lang, Map<String, String> strings) {
        this.lang = lang;
        this.strings = strings;
    }

    /** {@code zh} or {@code en}; anything else is the default, Chinese. */
    public static String lang(String requested) {
        return requested != null && requested.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : DEFAULT_LANG;
    }

    public static synchronized Messages of(String lang) {
        return LOADED.computeIfAbsent(lang(lang), l -> new Messages(l, load("web/messages_" + l + ".properties")));
    }

    public String lang() {
        return lang;
    }

    /** For templates: every string by key. */
    public Map<String, String> strings() {
        return strings;
    }

    public String get(String key) {
        return strings.getOrDefault(key, key);
    }

    /** The message with {@code {n}} replaced by the number; for one, the key's {@code One} form if it has one. */
    public String format(Text text) {
        String key = text.n() == 1 && strings.containsKey(text.key() + "One") ? text.key() + "One" : text.key();
        return get(key).replace("{n}", Long.toString(text.n()));
    }

    private static Map<String, String> load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing interface strings: " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> strings = new HashMap<>();
        p.forEach((k, v) -> strings.put((String) k, (String) v));
        return Collections.unmodifiableMap(strings);
    }
}
