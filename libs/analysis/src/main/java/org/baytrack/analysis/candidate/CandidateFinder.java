package org.baytrack.analysis.candidate;

import org.baytrack.analysis.data.DataFiles;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;
import org.baytrack.analysis.text.TermMatcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes unregistered projects: a run of ideographs ending in an infrastructure word, with
 * verbs and function words trimmed from its front, that no gazetteer mention covers.
 */
public final class CandidateFinder {
    private static final int MAX_NAME = 14;

    record Data(int version, List<String> suffixes, List<String> leadingNoise, List<String> stopChars,
                List<String> generic, List<String> genericEndings, List<String> organisationAfter,
                List<String> descriptionOpenings, List<String> descriptionMarks, String englishName, List<String> englishNotNames) {
    }

    private final TermMatcher<Boolean> suffixes;
    private static final Pattern LEADING_WORD = Pattern.compile("([A-Z][\\w’'.]*)[ -]");
    private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十\\d]{1,2}期");
    private final List<String> leadingNoise;
    private final String stopChars;
    private final Set<String> generic;
    private final List<String> genericEndings;
    private final List<String> organisationAfter;
    private final List<String> descriptionOpenings;
    private final List<String> descriptionMarks;
    private final Pattern englishName;
    private final Set<String> englishNotNames;

    public CandidateFinder() {
        Data d = DataFiles.read("candidates.yaml", Data.class);
        Map<String, Boolean> terms = new HashMap<>();
        d.suffixes().forEach(x -> terms.put(x, Boolean.TRUE));
        suffixes = new TermMatcher<>(terms, null);
        leadingNoise = d.leadingNoise().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        stopChars = String.join("", d.stopChars());
        generic = Set.copyOf(d.generic());
        genericEndings = d.genericEndings();
        organisationAfter = d.organisationAfter();
        descriptionOpenings = d.descriptionOpenings();
        descriptionMarks = d.descriptionMarks();
        englishName = Pattern.compile(d.englishName());
        englishNotNames = Set.copyOf(d.englishNotNames());
    }

    /**
     * Candidates that may be the subject of a claim: every place an English name stands, and the first place of each
     * Chinese one, whose names are looser (a phrase ending in 机场 is not always a name).
     */
    public List<Candidate> subjects(String text, List<Sentence> sentences, List<Mention> mentions, boolean english) {
        return english ? english(text, sentences, mentions) : find(text, sentences, mentions);
    }

    /**
     * Capitalised names ending in an infrastructure word ("Tuen Mun-Chek Lap Kok Link", "Cross Bay Link") that no
     * gazetteer mention covers.
     */
    private List<Candidate> english(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = englishName.matcher(text);
        int sentence = 0;
        while (m.find()) {
            int start = m.start();
            Matcher word = LEADING_WORD.matcher(text).region(start, m.end());
            while (word.lookingAt() && englishNotNames.contains(word.group(1))) {
                start = word.end();
                word.region(start, m.end());
            }
            String name = text.substring(start, m.end());
            if (name.indexOf(' ') < 0 && name.indexOf('-') < 0 || covered(mentions, start, m.end())) {
                continue;
            }
            while (sentence + 1 < sentences.size() && sentences.get(sentence).end() <= m.start()) {
                sentence++;
            }
            out.add(new Candidate(name, start, m.end(), sentence, sentences.isEmpty() ? "" : sentences.get(sentence).text()));
        }
        return out;
    }

    public List<Candidate> find(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        Set<String> qualifiers = new HashSet<>();
        int sentence = 0;
        for (TermMatcher.Match<Boolean> m : suffixes.findLongest(text)) {
            int start = m.start();
            while (start > 0 && m.start() - start < MAX_NAME && isIdeograph(text.charAt(start - 1))
                    && stopChars.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            start = trimNoise(text, start, m.start());
            Matcher phase = PHASE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 3));
            int end = phase.lookingAt() ? phase.end() : m.end();
            String name = text.substring(start, end);
            if (m.start() - start < 2 || generic.contains(name) || genericEndings.stream().anyMatch(name::endsWith)
                    || descriptionOpenings.stream().anyMatch(name::startsWith)
                    || descriptionMarks.stream().anyMatch(name::contains)
                    || organisationAfter.stream().anyMatch(w -> text.startsWith(w, end))
                    || covered(mentions, start, end)) {
                continue;
            }
            while (sentence + 1 < sentences.size() && sentences.get(sentence).end() <= start) {
                sentence++;
            }
            if (qualifiesAName(mentions, end)) {
                qualifiers.add(name);
            }
            out.add(new Candidate(name, start, end, sentence, sentences.isEmpty() ? "" : sentences.get(sentence).text()));
        }
        out.removeIf(c -> qualifiers.contains(c.name()));
        return out;
    }

    private int trimNoise(String text, int start, int end) {
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            for (String noise : leadingNoise) {
                if (text.startsWith(noise, start) && start + noise.length() < end) {
                    start += noise.length();
                    trimmed = true;
                    break;
                }
            }
        }
        return start;
    }

    private static boolean covered(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if ("project".equals(m.type()) && m.start() < end && m.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** 珠三角城际广佛环线: a phrase right before a known name says what kind of work that is, and is no name anywhere. */
    private static boolean qualifiesAName(List<Mention> mentions, int end) {
        for (Mention m : mentions) {
            if ("project".equals(m.type()) && m.start() == end) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdeograph(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }
}
