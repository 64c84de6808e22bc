package org.baytrack.analysis.clean;

import org.baytrack.analysis.data.DataFiles;
import org.baytrack.analysis.text.TermMatcher;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides, line by line, what is site chrome, spam or a link list rather than article text. */
final class BoilerplateRules {

    enum Verdict { KEEP, DROP, LINK_LIST_HEADING }

    record Data(int version, List<String> dropLineStarts, List<String> dropLineWords, List<String> dropLinePatterns,
                String patternTriggers, List<String> linkListHeadings, List<String> spamWords,
                int spamMinHits, int maxSeparators, int proseMinLength) {
    }

    private static final int MAX_HEADING = 40;

    private final Pattern starts;
    private final TermMatcher<Boolean> words;
    private final Pattern drop;
    private final String triggers;
    private final Pattern heading;
    private static final char[] LOWER = new char[65536];

    static {
        for (int c = 0; c < LOWER.length; c++) {
            LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c;
        }
    }

    private final int spamMinHits;
    private final int maxSeparators;
    private final int proseMinLength;

    BoilerplateRules(Data data) {
        starts = Pattern.compile(String.join("|", data.dropLineStarts()), Pattern.CASE_INSENSITIVE);
        Map<String, Boolean> terms = new HashMap<>();
        data.spamWords().forEach(w -> terms.put(w, Boolean.FALSE));
        data.dropLineWords().forEach(w -> terms.put(w, Boolean.TRUE));
        words = new TermMatcher<>(terms, LOWER);
        drop = Pattern.compile(String.join("|", data.dropLinePatterns()));
        triggers = data.patternTriggers();
        heading = Pattern.compile(String.join("|", data.linkListHeadings()), Pattern.CASE_INSENSITIVE);
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
        if (line.length() <= MAX_HEADING && heading.matcher(line).lookingAt()) {
            return Verdict.LINK_LIST_HEADING;
        }
        if (starts.matcher(line).lookingAt() || hasTrigger(line) && drop.matcher(line).find()
                || separators(line) > maxSeparators || chromeOrSpam(line)) {
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

    private boolean hasTrigger(String line) {
        for (int i = 0; i < triggers.length(); i++) {
            if (line.indexOf(triggers.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A chrome word, or enough different spam words. A word's Latin edges must be word edges: the spam word "av"
     * occurs in "have", "save" and "averaged", which once dropped a whole English paragraph.
     */
    private boolean chromeOrSpam(String line) {
        Set<String> spam = new HashSet<>();
        for (TermMatcher.Match<Boolean> m : words.findAll(line, 0, line.length())) {
            if (!atWordEdges(line, m.start(), m.end())) {
                continue;
            }
            if (m.value()) {
                return true;
            }
            spam.add(m.term());
            if (spam.size() >= spamMinHits) {
                return true;
            }
        }
        return false;
    }

    private static boolean atWordEdges(String line, int start, int end) {
        return !(isLatinLetter(line.charAt(start)) && start > 0 && isLatinLetter(line.charAt(start - 1)))
                && !(isLatinLetter(line.charAt(end - 1)) && end < line.length() && isLatinLetter(line.charAt(end)));
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
