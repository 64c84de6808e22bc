package org.baytrack.runner.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baytrack.runner.stack.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The probe's requests, read from {@code probe/cases.json}. Paths and body texts may hold {@code {{repeat N text}}},
 * which stands for {@code text} N times, so oversized inputs stay one line of the file.
 */
final class ProbeCases {
    static final String RESOURCE = "/probe/cases.json";
    private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+) (.*?)}}", Pattern.DOTALL);
    /** A secret no real subscription has; the subscriptions the probe asks for must be refused anyway. */
    private static final String PROBE_SECRET = "probe-secret-that-is-never-real-0000";

    private ProbeCases() {
    }

    static List<ProbeCase> load() {
        try (InputStream in = ProbeCases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the probe's cases are missing from the class path: " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<ProbeCase> parse(JsonNode file) {
        List<ProbeCase> cases = new ArrayList<>();
        for (JsonNode c : file.get("cases")) {
            String name = required(c, "name", "?");
            byte[] body = body(c, name);
            String method = c.path("method").asText(body != null || c.has("announce") ? "POST" : "GET");
            Map<String, String> headers = new LinkedHashMap<>();
            c.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), expand(h.getValue().asText())));
            cases.add(new ProbeCase(required(c, "class", name), name, service(required(c, "service", name), name), method,
                    expand(required(c, "path", name)), c.has("webhookUrl") ? "application/json" : text(c, "type"), body,
                    headers, c.path("key").asText("auto"), c.has("announce") ? c.get("announce").asLong() : null,
                    c.path("status").asInt(0), text(c, "ok2xx"), text(c, "answer"), c.path("noCors").asBoolean(false), c.path("htmlPage").asBoolean(false)));
        }
        return cases;
    }

    /** {@code {{repeat N text}}} replaced by the text N times. */
    static String expand(String s) {
        Matcher m = REPEAT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    private static byte[] body(JsonNode c, String name) {
        if (c.has("webhookUrl")) {
            var subscription = new ObjectMapper().createObjectNode();
            subscription.putArray("projects").add("*");
            subscription.putObject("webhook").put("url", expand(c.get("webhookUrl").asText())).put("secret", PROBE_SECRET);
            return subscription.toString().getBytes(StandardCharsets.UTF_8);
        }
        JsonNode body = c.get("body");
        if (body == null) {
            return null;
        }
        if (body.isTextual()) {
            return encode(body.asText(), c.path("charset").asText("UTF-8"));
        }
        // parts in different charsets, e.g. a batch whose second line is Big5
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (JsonNode part : body) {
            out.writeBytes(encode(required(part, "text", name), part.path("charset").asText("UTF-8")));
        }
        return out.toByteArray();
    }

    private static byte[] encode(String text, String charset) {
        return expand(text).getBytes(Charset.forName(charset));
    }

    private static Service service(String name, String caseName) {
        for (Service s : Service.values()) {
            if (s.shortName().equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("probe case '" + caseName + "': no service '" + name + "'");
    }

    private static String required(JsonNode c, String field, String caseName) {
        if (!c.hasNonNull(field)) {
            throw new IllegalArgumentException("probe case '" + caseName + "' has no " + field);
        }
        return c.get(field).asText();
    }

    private static String text(JsonNode c, String field) {
        return c.hasNonNull(field) ? c.get(field).asText() : null;
    }
}
