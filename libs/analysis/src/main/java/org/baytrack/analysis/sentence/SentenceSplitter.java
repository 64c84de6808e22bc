package org.baytrack.analysis.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits at Chinese sentence ends and line breaks, and at English full stops that are not
 * part of an abbreviation such as "Mr." or "No.".
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "no", "co", "ltd", "inc", "st",
            "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "dept",
            "u.s", "e.g", "i.e", "prof", "gen", "corp", "approx", "est");
    // "at 3 p.m. Sunday", "10 a.m. local time": the clock time goes on into the day it was
    private static final Set<String> CLOCK = Set.of("a.m", "p.m");
    private static final Set<String> AFTER_CLOCK = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "local", "beijing", "hong", "on", "at", "today", "yesterday", "tomorrow");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' && i + 1 < n && text.charAt(i + 1) != '…') {
                end = closingQuotes(text, i + 1);
            } else if (c == '.' && isEnglishStop(text, i)) {
                end = closingQuotes(text, i + 1);
            }
            if (end >= 0) {
                add(text, start, end, out);
                start = c == '\n' ? end + 1 : end;
                i = Math.max(i, start - 1);
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static int closingQuotes(String text, int i) {
        while (i < text.length() && "”’\"'）)」』".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isEnglishStop(String text, int i) {
        int next = i + 1;
        if (next < text.length() && text.charAt(next) != ' ' && text.charAt(next) != '\n' && "\"'”’)".indexOf(text.charAt(next)) < 0) {
            return false;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase();
        if (ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return false;
        }
        int k = next;
        while (k < text.length() && (text.charAt(k) == ' ' || "\"'”’)".indexOf(text.charAt(k)) >= 0)) {
            k++;
        }
        if (CLOCK.contains(word) && AFTER_CLOCK.contains(nextWord(text, k))) {
            return false;
        }
        return k >= text.length() || !Character.isLowerCase(text.charAt(k));
    }

    private static String nextWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).toLowerCase();
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }
}
