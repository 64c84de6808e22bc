package org.baytrack.analysis.gazetteer;

import org.baytrack.analysis.text.Alternatives;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * English reports often describe a line by its two ends instead of naming it ("a high-speed railway connecting
 * Shenzhen city and Jiangmen city", "a highway linking south China's Shenzhen and Zhongshan"). Such a description is
 * a mention of the one project named after those ends, whatever word it uses for the kind of work, save that a
 * bridge, passage or crossing is a crossing; of none when two projects share the ends.
 */
final class EndsDescriptions {
    private final Pattern pattern;
    private final List<String> kindWords;
    private final List<String> crossingHeads;
    private final List<String> crossingWords;
    /** What every way of writing a linking word holds (onnecting for connecting, Connecting; CONNECTING apart). */
    private final List<String> linkingCores;

    /** {@code pattern} has {@code {linking}} where one of the linking words stands, case aside. */
    EndsDescriptions(String pattern, List<String> linkingWords, List<String> kindWords, List<String> crossingHeads,
                     List<String> crossingWords) {
        this.crossingHeads = crossingHeads;
        this.crossingWords = crossingWords;
        this.pattern = Alternatives.compile(List.of(pattern.replace("{linking}",
                "(?i:" + String.join("|", linkingWords) + ")")), 0);
        this.kindWords = kindWords;
        this.linkingCores = linkingWords.stream()
                .flatMap(w -> Stream.of(w.substring(1), w.substring(1).toUpperCase(Locale.ROOT))).toList();
    }

    /** The descriptions in the text with the project each describes, in text order (a list the caller may change). */
    List<Mention> find(String text, Map<String, Entity> byKey) {
        List<Mention> out = new ArrayList<>();
        // most texts hold none of the linking words: a plain search for them is far cheaper than the pattern
        if (linkingCores.stream().noneMatch(text::contains)) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Set<Entity> described = new HashSet<>();
            List<String> words = crossingHeads.contains(m.group("head").toLowerCase(Locale.ROOT)) ? crossingWords : kindWords;
            List<String> ends = m.group("c") == null ? List.of(m.group("a"), m.group("b"))
                    : List.of(m.group("a"), m.group("c"), m.group("b"));
            for (List<String> order : orders(ends)) {
                for (String word : words) {
                    Entity e = byKey.get(MatchText.of(String.join("-", order) + " " + word));
                    if (e != null && e.isProject()) {
                        described.add(e);
                    }
                }
            }
            if (described.size() == 1) {
                Entity e = described.iterator().next();
                out.add(new Mention(e.id(), e.type(), m.group(), m.start(), m.end(), -1));
            }
        }
        return out;
    }

    /** Every order of the ends: a name may list them in any (Zhuhai-Macau-Hong Kong, Hong Kong-Zhuhai-Macau). */
    private static List<List<String>> orders(List<String> ends) {
        if (ends.size() == 1) {
            return List.of(ends);
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            List<String> rest = new ArrayList<>(ends);
            String first = rest.remove(i);
            for (List<String> tail : orders(rest)) {
                List<String> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }
}
