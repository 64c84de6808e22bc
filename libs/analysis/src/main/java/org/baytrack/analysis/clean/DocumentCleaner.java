package org.baytrack.analysis.clean;

import org.baytrack.analysis.script.ScriptConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a decoded document into lines, drops what is not the article and strips pinyin ruby.
 * Decisions are made on a Simplified view so the rules are written once for both scripts.
 */
public final class DocumentCleaner {
    private final BoilerplateRules rules;
    private final ScriptConverter converter;

    public DocumentCleaner(ScriptConverter converter) {
        this.rules = BoilerplateRules.loadDefault();
        this.converter = converter;
    }

    public CleanedDocument clean(String source) {
        String view = converter.toSimplified(source);
        StringBuilder original = new StringBuilder(source.length());
        StringBuilder simplified = new StringBuilder(source.length());
        int[] origin = new int[source.length() + 1];
        int length = 0;
        List<CleanedDocument.SourceLine> lines = new ArrayList<>();
        boolean inLinkList = false;
        int linkRun = 0;
        for (int[] line : lines(source)) {
            // ruby goes first so the rules see 关键词, not 关(guān)键词
            StringBuilder lineOriginal = new StringBuilder(line[1] - line[0]);
            StringBuilder lineView = new StringBuilder(line[1] - line[0]);
            int[] lineOrigin = new int[line[1] - line[0]];
            int n = 0;
            for (int i = line[0]; i < line[1]; i++) {
                int rubyEnd = PinyinRuby.rubyEnd(source, i, line[1]);
                if (rubyEnd > 0) {
                    i = rubyEnd - 1;
                    continue;
                }
                lineOriginal.append(source.charAt(i));
                lineView.append(view.charAt(i));
                lineOrigin[n++] = i;
            }
            String text = lineView.toString();
            BoilerplateRules.Verdict verdict = rules.judge(text);
            boolean keep = verdict == BoilerplateRules.Verdict.KEEP;
            if (verdict == BoilerplateRules.Verdict.LINK_LIST_HEADING) {
                inLinkList = true;
            } else if (keep && inLinkList) {
                inLinkList = !rules.isProse(text);
                keep = !inLinkList;
            }
            linkRun = keep && rules.looksLikeLinkItem(text) ? linkRun + 1 : 0;
            if (keep && linkRun >= 3) {
                // a run of bullet headlines is a link list, not a list in the article
                inLinkList = true;
                keep = false;
            }
            lines.add(new CleanedDocument.SourceLine(text, keep));
            if (!keep) {
                continue;
            }
            original.append(lineOriginal).append('\n');
            simplified.append(lineView).append('\n');
            System.arraycopy(lineOrigin, 0, origin, length, n);
            length += n;
            origin[length++] = line[1];
        }
        if (length > 0) {
            // no trailing newline after the last line
            original.setLength(length - 1);
            simplified.setLength(length - 1);
            length--;
        }
        int[] map = new int[length + 1];
        System.arraycopy(origin, 0, map, 0, length);
        map[length] = length == 0 ? 0 : origin[length];
        return new CleanedDocument(source, original.toString(), simplified.toString(), new OffsetMap(map), lines);
    }

    /** Trimmed line spans; a run of ideographic spaces inside a line also starts a paragraph. */
    static List<int[]> lines(String s) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || s.charAt(i) == '\n' || s.charAt(i) == '\r';
            boolean paragraph = !end && s.charAt(i) == '\u3000' && i + 1 < n && s.charAt(i + 1) == '\u3000';
            if (end || paragraph) {
                addTrimmed(s, start, i, spans);
                start = i + 1;
            }
        }
        return spans;
    }

    private static void addTrimmed(String s, int from, int to, List<int[]> spans) {
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            spans.add(new int[] {from, to});
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }
}
