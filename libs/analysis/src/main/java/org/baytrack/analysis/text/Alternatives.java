package org.baytrack.analysis.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One pattern from a data file's list of regexes, any of which may match. Java tries every alternative at every
 * position, and nearly every English cue begins with {@code \b}: testing each alternative there was most of the time
 * spent reading an English report. Here consecutive alternatives that begin with {@code \b} share one test of it, and
 * are sorted by the character they can begin with, so a word start tries only the alternatives that begin like it.
 * Alternatives that can match at one position keep their order, so the pattern matches exactly what the plain
 * alternation does.
 */
public final class Alternatives {
    private static final String WORD_START = "\\b";
    /** Characters no dispatch is made for: an alternative that may begin with one of them is tried everywhere. */
    private static final String OUTSIDE_ASCII = "é中’\u00a0";
    private static final Pattern NAMED_GROUP = Pattern.compile("(?<!\\\\)\\(\\?<\\p{Alpha}");

    private Alternatives() {
    }

    public static Pattern compile(Collection<String> regexes, int flags) {
        return Pattern.compile(join(regexes, flags), flags);
    }

    static String join(Collection<String> regexes, int flags) {
        List<String> parts = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String r : regexes) {
            if (r.startsWith(WORD_START)) {
                run.add(r.substring(WORD_START.length()));
                continue;
            }
            flush(run, flags, parts);
            parts.add(guarded(r, flags));
        }
        flush(run, flags, parts);
        return String.join("|", parts);
    }

    private static void flush(List<String> run, int flags, List<String> parts) {
        if (!run.isEmpty()) {
            parts.add(byFirstCharacter(run, flags));
            run.clear();
        }
    }

    /** {@code (?=[ab])\b(?:(?=a)(?:…)|(?=b)(?:…))}, or {@code \b(?:…)} when an alternative may begin anywhere. */
    private static String byFirstCharacter(List<String> run, int flags) {
        boolean caseless = (flags & Pattern.CASE_INSENSITIVE) != 0;
        Map<Character, List<String>> buckets = new TreeMap<>();
        for (String alternative : run) {
            Set<Character> firsts = firstCharacters(alternative, flags);
            if (firsts == null) {
                return WORD_START + "(?:" + String.join("|", run) + ")";
            }
            firsts.stream().map(c -> caseless ? Character.toLowerCase(c) : c).distinct()
                    .forEach(c -> buckets.computeIfAbsent(c, k -> new ArrayList<>()).add(alternative));
        }
        String all = buckets.keySet().stream().map(Alternatives::escape).collect(Collectors.joining("", "[", "]"));
        // the class test is cheaper than the word-boundary test, and most positions fail it
        if (run.stream().anyMatch(Alternatives::hasNamedGroup)) {
            // an alternative under two first characters would define its named groups twice
            return "(?=" + all + ")" + WORD_START + "(?:" + String.join("|", run) + ")";
        }
        return "(?=" + all + ")" + WORD_START + "(?:" + buckets.entrySet().stream()
                .map(b -> "(?=" + escape(b.getKey()) + ")(?:" + String.join("|", b.getValue()) + ")")
                .collect(Collectors.joining("|")) + ")";
    }

    /**
     * An alternative that does not begin at a word start, behind a test of the character it can begin with: a
     * look-behind of varying length ({@code (?<=\\b(?:to|will) )complete}) is otherwise tried at every position.
     */
    private static String guarded(String alternative, int flags) {
        Set<Character> firsts = firstCharacters(alternative.substring(lookBehindEnd(alternative)), flags);
        if (firsts == null) {
            return alternative;
        }
        boolean caseless = (flags & Pattern.CASE_INSENSITIVE) != 0;
        return firsts.stream().map(c -> caseless ? Character.toLowerCase(c) : c).distinct().map(Alternatives::escape)
                .collect(Collectors.joining("", "(?=[", "])")) + alternative;
    }

    private static boolean hasNamedGroup(String regex) {
        return NAMED_GROUP.matcher(regex).find();
    }

    /** Where a leading look-behind group of the regex ends, or 0 when it begins with none. */
    static int lookBehindEnd(String regex) {
        if (!regex.startsWith("(?<=") && !regex.startsWith("(?<!")) {
            return 0;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The printable ASCII characters a match of the regex can begin with, found by asking the regex itself: it
     * either matches the one character or runs out of input wanting more. Null when it may begin outside ASCII
     * or match nothing at all.
     */
    static Set<Character> firstCharacters(String regex, int flags) {
        Pattern p = Pattern.compile(regex, flags);
        if (p.matcher("").lookingAt() || OUTSIDE_ASCII.chars().anyMatch(c -> canBegin(p, (char) c))) {
            return null;
        }
        Set<Character> out = new TreeSet<>();
        for (char c = ' '; c <= '~'; c++) {
            if (canBegin(p, c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean canBegin(Pattern p, char c) {
        Matcher m = p.matcher(String.valueOf(c));
        return m.lookingAt() || m.hitEnd();
    }

    private static String escape(char c) {
        return String.format("\\x{%x}", (int) c);
    }
}
