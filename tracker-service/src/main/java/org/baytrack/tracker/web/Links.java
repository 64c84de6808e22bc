package org.baytrack.tracker.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The pages' own addresses, carrying the interface language and the board's filters from page to page. */
public final class Links {
    private Links() {
    }

    public static String board(String lang, String status, String text, String sort) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("q", text);
        params.put("sort", sort);
        params.put("lang", Messages.DEFAULT_LANG.equals(lang) ? null : lang);
        return "/" + query(params);
    }

    public static String project(String id, String lang) {
        return "/projects/" + encode(id) + query(Map.of("lang", Messages.DEFAULT_LANG.equals(lang) ? "" : lang));
    }

    private static String query(Map<String, String> params) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                q.add(k + "=" + encode(v));
            }
        });
        return q.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
