package org.baytrack.runner.board;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table that lines up mixed Chinese and Latin text: CJK characters take two terminal columns.
 * Cells wider than their column's limit are cut with an ellipsis.
 */
public final class Table {
    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = List.of(headers);
        this.maxWidths = new int[headers.length];
        Arrays.fill(maxWidths, 60);
    }

    public Table limit(int column, int width) {
        maxWidths[column] = width;
        return this;
    }

    public Table row(String... cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String c = i < cells.length && cells[i] != null ? cells[i].replaceAll("\\s+", " ").trim() : "";
            row.add(c.isEmpty() ? "-" : c);
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String render() {
        int n = headers.size();
        int[] widths = new int[n];
        List<List<String>> cut = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                r.add(truncate(row.get(i), maxWidths[i]));
            }
            cut.add(r);
        }
        for (int i = 0; i < n; i++) {
            widths[i] = width(headers.get(i));
            for (List<String> r : cut) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, headers, widths);
        List<String> rules = new ArrayList<>();
        for (int w : widths) {
            rules.add("-".repeat(w));
        }
        appendRow(sb, rules, widths);
        for (List<String> r : cut) {
            appendRow(sb, r, widths);
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            line.append(c);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - width(c) + 2));
            }
        }
        sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    static String truncate(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = width(cp);
            if (w + cw > max - 1) {
                break;
            }
            out.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /** Terminal columns the text takes. */
    public static int width(String s) {
        return s.codePoints().map(Table::width).sum();
    }

    static int width(int cp) {
        if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200B) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
