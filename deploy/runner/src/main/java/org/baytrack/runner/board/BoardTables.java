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
public final class BoardTables {
    private BoardTables() {
    }

    public static String projects(JsonNode projects) {
        return projects(projects, true);
    }

    /**
     * The board; unless {@code all}, only projects the tracker has learnt something about (a status beyond
     * "followed", a forecast or evidence), with a count of the others.
     */
    public static String projects(JsonNode projects, boolean all) {
        Table table = new Table("ID", "NAME", "STATUS", "FORECAST OPENING", "LATEST EVIDENCE")
                .limit(0, 28).limit(1, 24).limit(2, 32).limit(3, 16).limit(4, 64);
        int hidden = 0;
        int total = 0;
        for (JsonNode p : array(projects)) {
            total++;
            if (!all && !hasNews(p)) {
                hidden++;
                continue;
            }
            table.row(first(p, "id", "projectId"), name(p), status(p), forecast(p), evidence(p));
        }
        String nl = System.lineSeparator();
        if (total == 0) {
            return "(the tracker knows no projects yet)" + nl;
        }
        String note = hidden == 0 ? "" : "(" + hidden + " more followed project(s) without evidence yet; --all lists them)" + nl;
        return table.isEmpty() ? "(no evidence about any of the " + total + " followed projects yet)" + nl
                : table.render() + note;
    }

    /** Whether the tracker knows more about the project than its name. */
    static boolean hasNews(JsonNode p) {
        String status = status(p);
        return (status != null && !status.startsWith("followed")) || forecast(p) != null || evidence(p) != null;
    }

    public static String timeline(JsonNode timeline) {
        JsonNode entries = timeline.isArray() ? timeline : firstNode(timeline, "timeline", "entries", "events", "items");
        Table table = new Table("DATE", "WHAT", "EVIDENCE", "SOURCE")
                .limit(0, 12).limit(1, 26).limit(2, 70).limit(3, 30);
        for (JsonNode e : array(entries)) {
            String what = join(first(e, "milestone", "kind", "type", "change", "event"),
                    first(e, "status", "toStatus"));
            String evidence = first(e, "sentence", "quote", "text", "summary");
            String source = first(e, "source", "title", "articleTitle", "articleId", "url");
            JsonNode reports = e.get("evidence");
            if (reports != null && reports.isArray() && reports.size() > 0) {
                JsonNode r = reports.get(0);
                evidence = evidence != null ? evidence : first(r, "sentence", "quote", "text");
                String rs = join(first(r, "source", "title"), first(r, "published"));
                source = rs + (reports.size() > 1 ? " (+" + (reports.size() - 1) + " more)" : "");
            } else if (evidence == null && reports != null) {
                evidence = first(reports, "sentence", "quote", "text");
            }
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
        if ("followed".equals(s)) {
            return s;
        }
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
        JsonNode e = firstNode(p, "lastEvidence", "latestEvidence", "evidence");
        if (e == null) {
            return first(p, "lastEvidence", "latestEvidence", "evidence");
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
