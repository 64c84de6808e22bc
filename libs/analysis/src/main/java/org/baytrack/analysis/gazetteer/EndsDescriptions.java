package org.baytrack.analysis.gazetteer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English reports often describe a line by its two ends instead of naming it ("a high-speed railway connecting
 * Shenzhen city and Jiangmen city", "a highway linking south China's Shenzhen and Zhongshan"). Such a description is
 * a mention of the one project named after those ends, whatever word it uses for the kind of work; of none when two
 * projects share the ends.
 */
final class EndsDescriptions {
    private final Pattern pattern;
    private final List<String> kindWords;

    EndsDescriptions(String pattern, List<String> kindWords) {
        this.pattern = Pattern.compile(pattern);
        this.kindWords = kindWords;
    }

    /** The descriptions in the text with the project each describes, in text order. */
    void find(String text, Map<String, Entity> byKey, List<Mention> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Set<Entity> described = new HashSet<>();
            for (String[] ends : List.of(new String[]{m.group("a"), m.group("b")}, new String[]{m.group("b"), m.group("a")})) {
                for (String word : kindWords) {
                    Entity e = byKey.get(MatchText.of(ends[0] + "-" + ends[1] + " " + word));
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
    }
}
