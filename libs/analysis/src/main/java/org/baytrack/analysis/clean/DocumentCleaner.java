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
        String view = converter.hasTraditional(source) ? converter.toSimplified(source) : source;
        StringBuilder original = new StringBuilder(source.length());
        StringBuilder simplified = new StringBuilder(source.length());
        int[] origin = new int[source.length() + 1];
        int length = 0;
        List<CleanedDocument.SourceLine> lines = new ArrayList<>();
        boolean inLinkList = false;
        int linkRun = 0;
        String previous = null;
        int previousEnd = 0;
        boolean midSentence = false;
        boolean blankBefore = false;
        int lastEnd = 0;
        for (int[] line : lines(source)) {
            blankBefore |= blankLineBetween(source, lastEnd, line[0]);
            lastEnd = line[1];
            // ruby goes first so the rules see 关键词, not 关(guān)键词
            List<int[]> parts = withoutRuby(source, line[0], line[1]);
            String text = parts.size() == 1 ? view.substring(line[0], line[1]) : join(view, parts);
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
            boolean joined = previous != null && HardWrap.joins(previous, text, midSentence, blankBefore);
            blankBefore = false;
            if (previous != null && !joined) {
                original.append('\n');
                simplified.append('\n');
                origin[length++] = previousEnd;
            }
            midSentence = HardWrap.leavesSentenceOpen(text, joined);
            for (int[] part : parts) {
                original.append(source, part[0], part[1]);
                simplified.append(view, part[0], part[1]);
                for (int i = part[0]; i < part[1]; i++) {
                    origin[length++] = i;
                }
            }
            previous = text;
            previousEnd = line[1];
        }
        int[] map = new int[length + 1];
        System.arraycopy(origin, 0, map, 0, length);
        map[length] = length == 0 ? 0 : origin[length];
        return new CleanedDocument(source, original.toString(), simplified.toString(), new OffsetMap(map), lines);
    }

    /** The spans of a line left once pinyin ruby is cut out (usually the whole line). */
    private static List<int[]> withoutRuby(String source, int from, int to) {
        List<int[]> parts = new ArrayList<>(1);
        int start = from;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c == '(' || c == '（') {
                int rubyEnd = PinyinRuby.rubyEnd(source, i, to);
                if (rubyEnd > 0) {
                    parts.add(new int[] {start, i});
                    start = rubyEnd;
                    i = rubyEnd - 1;
                }
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    private static String join(String text, List<int[]> parts) {
        StringBuilder sb = new StringBuilder();
        for (int[] p : parts) {
            sb.append(text, p[0], p[1]);
        }
        return sb.toString();
    }

    /** Two line breaks between the end of a line and the start of the next: a blank line stands between them. */
    private static boolean blankLineBetween(String s, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= to || s.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks >= 2;
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
