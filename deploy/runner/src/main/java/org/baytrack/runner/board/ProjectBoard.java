package org.baytrack.runner.board;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The tracker's projects and timelines as readable tables. The field names are read leniently (a few spellings
 * each), so the board keeps working while the tracker's JSON grows.
 */
public final class ProjectBoard {
    private ProjectBoard() {
    }

    public static String projects(JsonNode projects) {
        Table table = new Table("ID", "NAME", "STATUS", "FORECAST OPENING", "LATEST EVIDENCE")
                .limit(0, 28).limit(1, 24).limit(2, 22).limit(3, 16).limit(4, 64);
        for (JsonNode p : array(projects)) {
            table.row(first(p, "id", "projectId"), name(p), status(p), forecast(p), evidence(p));
        }
        return table.isEmpty() ? "(the tracker knows no projects yet)" + System.lineSeparator() : table.render();
    }

    public static String timeline(JsonNode timeline) {
        JsonNode entries = timeline.isArray() ? timeline : firstNode(timeline, "timeline", "entries", "events", "items");
        Table table = new Table("DATE", "WHAT", "EVIDENCE", "SOURCE")
                .limit(0, 12).limit(1, 26).limit(2, 70).limit(3, 30);
        for (JsonNode e : array(entries)) {
            String what = join(first(e, "milestone", "kind", "type", "change", "event"),
                    first(e, "status", "toStatus"));
            String evidence = first(e, "sentence", "quote", "evidence", "text", "summary");
            if (evidence == null && e.get("evidence") != null) {
                evidence = first(e.get("evidence"), "sentence", "quote", "text");
            }
            String source = first(e, "source", "title", "articleTitle", "articleId", "url");
            table.row(first(e, "date", "eventDate", "statusDate", "published", "at"), what, evidence, source);
        }
        return table.isEmpty() ? "(no timeline entries yet)" + System.lineSeparator() : table.render();
    }

    static String name(JsonNode p) {
        String n = first(p, "name", "nameZh", "displayName", "title");
        String en = first(p, "nameEn", "englishName");
        if (n == null) {
            return en;
        }
        return n;
    }

    static String status(JsonNode p) {
        String s = first(p, "status", "state");
        JsonNode current = p.get("current");
        if (s == null && current != null) {
            s = first(current, "status");
        }
        String date = first(p, "statusDate", "statusSince");
        return date != null && s != null ? s + " (" + date + ")" : s;
    }

    static String forecast(JsonNode p) {
        String f = first(p, "forecastOpening", "forecast_opening", "expectedOpening", "openingForecast", "forecast");
        if (f == null) {
            JsonNode forecast = firstNode(p, "forecast", "current");
            if (forecast != null) {
                f = first(forecast, "opening", "forecastOpening", "date", "year", "value");
            }
        }
        return f;
    }

    static String evidence(JsonNode p) {
        JsonNode e = firstNode(p, "latestEvidence", "evidence", "lastEvidence");
        if (e == null) {
            return first(p, "latestEvidence", "evidence");
        }
        if (e.isArray()) {
            e = e.size() == 0 ? null : e.get(e.size() - 1);
        }
        if (e == null) {
            return null;
        }
        if (e.isValueNode()) {
            return e.asText();
        }
        String date = first(e, "date", "published");
        String text = first(e, "sentence", "quote", "text", "title");
        String milestone = first(e, "milestone");
        return join(date, join(milestone != null ? "[" + milestone + "]" : null, text));
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    static Iterable<JsonNode> array(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            return node;
        }
        JsonNode inner = firstNode(node, "projects", "items", "content", "data");
        if (inner != null && inner.isArray()) {
            return inner;
        }
        List<JsonNode> one = new ArrayList<>();
        one.add(node);
        return one;
    }

    static String first(JsonNode node, String... fields) {
        if (node == null) {
            return null;
        }
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && v.isValueNode() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    static JsonNode firstNode(JsonNode node, String... fields) {
        if (node == null) {
            return null;
        }
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && (v.isContainerNode())) {
                return v;
            }
        }
        return null;
    }

    /** Every scalar field of an object, for {@code --json}-less debugging output. */
    static String describe(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().isValueNode()) {
                sb.append(e.getKey()).append('=').append(e.getValue().asText()).append(' ');
            }
        }
        return sb.toString().trim();
    }
}
