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

    /** The board as it opens: no filter, the board's own order. */
    public static String board(String lang) {
        return board(lang, null, null, null, false);
    }

    public static String board(String lang, String status, String text, String sort, boolean all) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("q", text);
        params.put("sort", sort);
        params.put("all", all ? "1" : null);
        params.put("lang", Messages.DEFAULT_LANG.equals(lang) ? null : lang);
        return "/" + query(params);
    }

    public static String project(String id, String lang) {
        return "/projects/" + encode(id) + query(Map.of("lang", Messages.DEFAULT_LANG.equals(lang) ? "" : lang));
    }

    /** This site's view of one article. */
    public static String article(String id, String lang) {
        return "/articles/" + encode(id) + query(Map.of("lang", Messages.DEFAULT_LANG.equals(lang) ? "" : lang));
    }

    public static String candidates(String lang) {
        return "/candidates" + query(Map.of("lang", Messages.DEFAULT_LANG.equals(lang) ? "" : lang));
    }

    public static String agreements(String lang) {
        return "/agreements" + query(Map.of("lang", Messages.DEFAULT_LANG.equals(lang) ? "" : lang));
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
