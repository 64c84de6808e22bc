package org.baytrack.analysis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho-Corasick over UTF-16 chars with primitive arrays, built once and then read-only (safe to
 * share between threads). A general-purpose trie that boxes every character would be the slowest
 * step of the pipeline; this one keeps all the matching in a few flat arrays. They are small on
 * purpose: the pipeline runs several matchers over each text, and a table indexed by every char
 * (256 KB each) pushed the others out of the cache.
 *
 * @param <T> what a term stands for
 */
public final class TermMatcher<T> {

    /** A term found at [start, end). */
    public record Match<T>(int start, int end, String term, T value) {
        public int length() {
            return end - start;
        }
    }

    private static final int LINEAR_SCAN = 8;

    /** One bit per char: whether a term begins with it. */
    private final long[] rootBits = new long[1024];
    /** Open addressing from a term's first char to its state; 0 is an empty slot (no term holds a NUL). */
    private final char[] rootKeys;
    private final int[] rootStates;
    private final int rootMask;
    /** The children of state s are edgeChars[edgeStart[s] .. edgeStart[s + 1]), sorted, going to edgeTargets. */
    private final int[] edgeStart;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final int[] fail;
    private final int[] outLength;
    private final int[] outLink;
    private final String[] terms;
    private final Object[] values;
    private final char[] fold;
    private final boolean collapseSpaces;

    /** fold, when given, maps every text char before matching (e.g. ASCII lower case); terms must be folded already. */
    public TermMatcher(Map<String, T> termsToValues, char[] fold) {
        this(termsToValues, fold, false);
    }

    /** …and with collapseSpaces, a run of folded spaces in the text reads as one. */
    public TermMatcher(Map<String, T> termsToValues, char[] fold, boolean collapseSpaces) {
        this.fold = fold;
        this.collapseSpaces = collapseSpaces && fold != null;
        List<Map<Character, Integer>> children = new ArrayList<>();
        List<String> stateTerm = new ArrayList<>();
        children.add(new HashMap<>());
        stateTerm.add(null);
        for (String term : termsToValues.keySet()) {
            if (term.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < term.length(); i++) {
                Integer next = children.get(state).get(term.charAt(i));
                if (next == null) {
                    next = children.size();
                    children.add(new HashMap<>());
                    stateTerm.add(null);
                    children.get(state).put(term.charAt(i), next);
                }
                state = next;
            }
            stateTerm.set(state, term);
        }
        int n = children.size();
        edgeStart = new int[n + 1];
        edgeChars = new char[n - 1];
        edgeTargets = new int[n - 1];
        fail = new int[n];
        outLength = new int[n];
        outLink = new int[n];
        terms = new String[n];
        values = new Object[n];
        int edge = 0;
        for (int s = 0; s < n; s++) {
            Character[] keys = children.get(s).keySet().toArray(new Character[0]);
            Arrays.sort(keys);
            edgeStart[s] = edge;
            for (Character key : keys) {
                edgeChars[edge] = key;
                edgeTargets[edge++] = children.get(s).get(key);
            }
            String term = stateTerm.get(s);
            if (term != null) {
                terms[s] = term;
                values[s] = termsToValues.get(term);
                outLength[s] = term.length();
            }
        }
        edgeStart[n] = edge;
        int roots = edgeStart[1];
        int slots = Integer.highestOneBit(Math.max(1, roots) * 2) * 2;
        rootKeys = new char[slots];
        rootStates = new int[slots];
        rootMask = slots - 1;
        for (int e = 0; e < roots; e++) {
            char c = edgeChars[e];
            rootBits[c >>> 6] |= 1L << c;
            int slot = slot(c);
            while (rootKeys[slot] != 0) {
                slot = (slot + 1) & rootMask;
            }
            rootKeys[slot] = c;
            rootStates[slot] = edgeTargets[e];
        }
        linkFailures(n);
    }

    private int slot(char c) {
        return (c * 0x9E3779B1) >>> 7 & rootMask;
    }

    /** The state a term's first char leads to, 0 when no term begins with it. */
    private int root(char c) {
        if ((rootBits[c >>> 6] & 1L << c) == 0) {
            return 0;
        }
        int slot = slot(c);
        while (rootKeys[slot] != c) {
            slot = (slot + 1) & rootMask;
        }
        return rootStates[slot];
    }

    private void linkFailures(int n) {
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        Arrays.fill(outLink, -1);
        for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
            fail[edgeTargets[e]] = 0;
            queue[tail++] = edgeTargets[e];
        }
        while (head < tail) {
            int s = queue[head++];
            for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                char c = edgeChars[e];
                int child = edgeTargets[e];
                int f = fail[s];
                int target = next(f, c);
                while (target < 0 && f != 0) {
                    f = fail[f];
                    target = next(f, c);
                }
                fail[child] = target < 0 || target == child ? 0 : target;
                int ff = fail[child];
                outLink[child] = outLength[ff] > 0 ? ff : outLink[ff];
                queue[tail++] = child;
            }
        }
    }

    private int next(int state, char c) {
        if (state == 0) {
            int r = root(c);
            return r == 0 ? -1 : r;
        }
        int from = edgeStart[state];
        int to = edgeStart[state + 1];
        // most states of a term list have one or two children: a scan beats a binary search there
        if (to - from <= LINEAR_SCAN) {
            for (int e = from; e < to; e++) {
                if (edgeChars[e] == c) {
                    return edgeTargets[e];
                }
            }
            return -1;
        }
        int k = Arrays.binarySearch(edgeChars, from, to, c);
        return k < 0 ? -1 : edgeTargets[k];
    }

    /**
     * Every occurrence of every term in text[from, to), overlaps included, in order of end. With
     * collapseSpaces, a run of folded spaces reads as one, so "Shenzhen - Jiangmen" meets the term
     * "shenzhen jiangmen".
     */
    public List<Match<T>> findAll(String text, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        int state = 0;
        char previous = 0;
        // one copy out of the string is cheaper than a checked charAt per char
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        for (int i = from; i < to; i++) {
            char c = fold == null ? chars[i - from] : fold[chars[i - from]];
            if (collapseSpaces) {
                if (c == ' ' && previous == ' ') {
                    continue;
                }
                previous = c;
            }
            if (state == 0) {
                state = root(c);
            } else {
                int target = next(state, c);
                while (target < 0 && state != 0) {
                    state = fail[state];
                    target = next(state, c);
                }
                state = target < 0 ? 0 : target;
            }
            for (int s = outLength[state] > 0 ? state : outLink[state]; s > 0; s = outLink[s]) {
                out.add(match(s, collapseSpaces ? startReading(text, i, outLength[s]) : i + 1 - outLength[s], i + 1));
            }
        }
        return out;
    }

    /** Where a term of that many folded chars ending at text[end] starts, runs of spaces read as one. */
    private int startReading(String text, int end, int length) {
        int at = end;
        for (int read = 1; read < length; read++) {
            at--;
            while (at > 0 && fold[text.charAt(at)] == ' ' && fold[text.charAt(at - 1)] == ' ') {
                at--;
            }
        }
        return at;
    }

    /** Non-overlapping occurrences, a longer term winning over a shorter one it overlaps, in text order. */
    public List<Match<T>> findLongest(String text) {
        List<Match<T>> all = findAll(text, 0, text.length());
        if (all.size() < 2) {
            return all;
        }
        all.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length()) : Integer.compare(a.start(), b.start()));
        TreeMap<Integer, Match<T>> kept = new TreeMap<>();
        for (Match<T> m : all) {
            Map.Entry<Integer, Match<T>> before = kept.floorEntry(m.start());
            Map.Entry<Integer, Match<T>> after = kept.ceilingEntry(m.start());
            boolean overlaps = before != null && before.getValue().end() > m.start()
                    || after != null && after.getKey() < m.end();
            if (!overlaps) {
                kept.put(m.start(), m);
            }
        }
        return new ArrayList<>(kept.values());
    }

    @SuppressWarnings("unchecked")
    private Match<T> match(int state, int start, int end) {
        return new Match<>(start, end, terms[state], (T) values[state]);
    }
}
