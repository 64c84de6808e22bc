package org.baytrack.analysis.clean;

import org.baytrack.analysis.data.DataFiles;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides, line by line, what is site chrome, spam or a link list rather than article text. */
final class BoilerplateRules {

    enum Verdict { KEEP, DROP, LINK_LIST_HEADING }

    record Data(int version, List<String> dropLinePatterns, List<String> linkListHeadings, List<String> spamWords,
                int spamMinHits, int maxSeparators, int proseMinLength) {
    }

    private final Pattern drop;
    private final Pattern heading;
    private final List<String> spamWords;
    private final int spamMinHits;
    private final int maxSeparators;
    private final int proseMinLength;

    BoilerplateRules(Data data) {
        drop = Pattern.compile(String.join("|", data.dropLinePatterns()), Pattern.CASE_INSENSITIVE);
        heading = Pattern.compile(String.join("|", data.linkListHeadings()), Pattern.CASE_INSENSITIVE);
        spamWords = data.spamWords();
        spamMinHits = data.spamMinHits();
        maxSeparators = data.maxSeparators();
        proseMinLength = data.proseMinLength();
    }

    static BoilerplateRules loadDefault() {
        return new BoilerplateRules(DataFiles.read("boilerplate.yaml", Data.class));
    }

    /** line is the Simplified view of a trimmed, non-empty line. */
    Verdict judge(String line) {
        if (!hasContent(line)) {
            return Verdict.DROP;
        }
        if (heading.matcher(line).find()) {
            return Verdict.LINK_LIST_HEADING;
        }
        if (drop.matcher(line).find() || isSpam(line) || separators(line) > maxSeparators) {
            return Verdict.DROP;
        }
        return Verdict.KEEP;
    }

    /** Prose ends a link list: long enough and with sentence punctuation, unlike a headline. */
    boolean isProse(String line) {
        return line.length() >= proseMinLength
                && (line.indexOf('。') >= 0 || line.contains(". ") || line.endsWith(".") && !line.endsWith(".."));
    }

    /** A short headline-like line, the stuff link lists are made of. */
    boolean looksLikeLinkItem(String line) {
        return line.length() < proseMinLength && line.indexOf('。') < 0
                && (line.startsWith("-") || line.startsWith("·") || line.startsWith("•") || line.startsWith("*"));
    }

    private boolean isSpam(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        int hits = 0;
        for (String word : spamWords) {
            if (lower.contains(word) && ++hits >= spamMinHits) {
                return true;
            }
        }
        return false;
    }

    private static int separators(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' || c == '｜' || c == '丨') {
                n++;
            }
        }
        return n;
    }

    private static boolean hasContent(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
