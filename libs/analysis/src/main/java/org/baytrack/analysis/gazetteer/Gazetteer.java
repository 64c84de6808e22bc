package org.baytrack.analysis.gazetteer;

import org.baytrack.analysis.data.DataFiles;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.analysis.text.TermMatcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Canonical projects, places and organisations with an Aho-Corasick matcher over every name.
 * Immutable: {@link #withEntity} returns a new gazetteer, so analysers can share one safely.
 */
public final class Gazetteer {
    private final Map<String, Entity> byId;
    private static final List<String> SHARED_SUFFIXES = List.of("高速公路", "高速铁路", "城际铁路", "高铁", "铁路", "城际", "高速", "大桥", "通道");
    private static final String COORDINATORS = "、和及与";
    // 信道 is how a Taiwan-style converter spells 通道 (跨海信道 in a page converted from Hong Kong text)
    private static final String[][] SUFFIX_SPELLINGS = {{"高铁", "高速铁路"}, {"高速", "高速公路"}, {"城际", "城际铁路"},
            {"通道", "信道"}};

    private final TermMatcher<Entity> matcher;
    private final Map<String, Entity> byKey;

    record Data(int version, List<Entity> entities) {
    }

    private Gazetteer(Map<String, Entity> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        ScriptConverter converter = ScriptConverter.get();
        byKey = new HashMap<>();
        for (Entity entity : byId.values()) {
            for (String name : entity.names()) {
                // matching runs on Simplified text, so Traditional names are simplified first
                String key = MatchText.of(converter.toSimplified(name.strip()));
                if (key.length() >= 2) {
                    byKey.putIfAbsent(key, entity);
                }
                for (String variant : suffixVariants(key)) {
                    byKey.putIfAbsent(variant, entity);
                }
            }
        }
        addVariants();
        matcher = new TermMatcher<>(byKey, MatchText.FOLD, true);
    }

    /**
     * "the Shenmao Railway", "the Shenzhen-Jiangmen line", 东莞至惠州城际: each for the one project it can mean, never
     * over a given name.
     */
    private void addVariants() {
        Map<String, Entity> owner = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Entity entity : byId.values()) {
            if (!entity.isProject()) {
                continue;
            }
            for (String variant : NameVariants.of(entity)) {
                String key = MatchText.of(variant);
                Entity before = owner.putIfAbsent(key, entity);
                if (before != null && before != entity) {
                    shared.add(key);
                }
            }
        }
        owner.forEach((key, entity) -> {
            if (!shared.contains(key)) {
                byKey.putIfAbsent(key, entity);
            }
        });
    }

    /** The same name with the other spelling of its kind's suffix (广湛高铁 = 广湛高速铁路, 中开高速 = 中开高速公路). */
    static List<String> suffixVariants(String name) {
        List<String> out = new ArrayList<>();
        for (String[] pair : SUFFIX_SPELLINGS) {
            for (int i = 0; i < 2; i++) {
                String suffix = pair[i];
                String other = pair[1 - i];
                if (name.endsWith(suffix) && !name.endsWith(other) && name.length() > suffix.length() + 1) {
                    out.add(name.substring(0, name.length() - suffix.length()) + other);
                }
            }
        }
        return out;
    }

    public static Gazetteer loadDefault() {
        return of(DataFiles.read("gazetteer.yaml", Data.class).entities());
    }

    public static Gazetteer of(List<Entity> entities) {
        Map<String, Entity> map = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (map.put(e.id(), e) != null) {
                throw new IllegalArgumentException("Duplicate entity id in gazetteer: " + e.id());
            }
        }
        return new Gazetteer(map);
    }

    /** A gazetteer that also knows this entity (replacing one with the same id). */
    public Gazetteer withEntity(Entity entity) {
        Map<String, Entity> map = new LinkedHashMap<>(byId);
        map.put(entity.id(), entity);
        return new Gazetteer(map);
    }

    public List<Entity> entities() {
        return List.copyOf(byId.values());
    }

    public Optional<Entity> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Longest non-overlapping mentions in a Simplified text; sentence index is left at -1. A name spelt out in
     * bracketed glosses (深(圳)中(山)通道) is a mention of the name, the glosses included.
     */
    public List<Mention> mentions(String simplifiedText) {
        List<Mention> plain = mentionsIn(simplifiedText);
        Glosses glosses = Glosses.of(simplifiedText);
        if (glosses == null) {
            return plain;
        }
        // only a name that runs across a gloss is new: 香港科技大学(广州) is a name with its brackets
        List<Mention> spelledOut = new ArrayList<>();
        for (Mention m : mentionsIn(glosses.view())) {
            int start = glosses.start(m.start());
            int end = glosses.end(m.end());
            if (end - start > m.end() - m.start()) {
                spelledOut.add(new Mention(m.entity(), m.type(), simplifiedText.substring(start, end), start, end,
                        m.sentence()));
            }
        }
        return over(spelledOut, plain);
    }

    private List<Mention> mentionsIn(String simplifiedText) {
        List<Mention> named = namedIn(simplifiedText);
        List<Mention> described = NameVariants.endsDescriptions().find(simplifiedText, byKey);
        described.removeIf(d -> named.stream().anyMatch(n -> Entity.PROJECT.equals(n.type()) && overlap(n, d)));
        // the places a description names its ends by are part of it, not mentions of their own
        return over(described, named);
    }

    /** {@code preferred}, with those of {@code others} that overlap none of them, in text order. */
    private static List<Mention> over(List<Mention> preferred, List<Mention> others) {
        if (preferred.isEmpty()) {
            return others;
        }
        List<Mention> out = new ArrayList<>(preferred);
        others.stream().filter(o -> preferred.stream().noneMatch(p -> overlap(p, o))).forEach(out::add);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean overlap(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private List<Mention> namedIn(String simplifiedText) {
        List<Mention> out = new ArrayList<>();
        for (TermMatcher.Match<Entity> m : matcher.findLongest(simplifiedText)) {
            if (!atWordBoundary(simplifiedText, m.start(), m.end())) {
                continue;
            }
            Entity e = m.value();
            Mention sibling = !e.isProject() ? null
                    : MatchText.isAsciiLetterOrDigit(simplifiedText.charAt(m.start()))
                    ? englishSibling(simplifiedText, m.start(), m.end())
                    : coordinatedSibling(simplifiedText, m.start(), m.end());
            // the places a sibling's name is made of (Guangzhou, Foshan) are its name, not mentions of their own
            while (sibling != null && !out.isEmpty() && out.get(out.size() - 1).end() > sibling.start()
                    && !Entity.PROJECT.equals(out.get(out.size() - 1).type())) {
                out.remove(out.size() - 1);
            }
            if (sibling != null && (out.isEmpty() || out.get(out.size() - 1).end() <= sibling.start())) {
                out.add(sibling);
            }
            out.add(new Mention(e.id(), e.type(), simplifiedText.substring(m.start(), m.end()), m.start(), m.end(), -1));
        }
        return out;
    }

    /**
     * 赣深、广汕汕高铁 shares one 高铁 between two lines: a short name before a coordinator whose
     * name plus the shared suffix is known is a mention too.
     */
    private Mention coordinatedSibling(String text, int start, int end) {
        if (start < 3 || COORDINATORS.indexOf(text.charAt(start - 1)) < 0) {
            return null;
        }
        String name = text.substring(start, end);
        for (String suffix : SHARED_SUFFIXES) {
            if (!name.endsWith(suffix)) {
                continue;
            }
            for (int length = 4; length >= 2; length--) {
                int from = start - 1 - length;
                if (from < 0 || !isIdeographs(text, from, start - 1)) {
                    continue;
                }
                String stem = text.substring(from, start - 1);
                Entity e = byKey.get(MatchText.of(stem + suffix));
                if (e != null && e.isProject()) {
                    return new Mention(e.id(), e.type(), stem, from, start - 1, -1);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "the Guangzhou-Foshan South Ring and Foshan-Dongguan Intercity Railways" shares the kind words between two lines:
     * the words before "and" or a comma, with the kind words of the name after it, name a project too when known.
     */
    private Mention englishSibling(String text, int start, int end) {
        String name = text.substring(start, end);
        int space = name.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String kindWords = name.substring(space);
        int stemEnd = coordinatorBefore(text, start);
        if (stemEnd < 0) {
            return null;
        }
        int from = stemEnd;
        for (int words = 1; words <= 4; words++) {
            from = wordBefore(text, from);
            if (from < 0) {
                return null;
            }
            Entity e = byKey.get(MatchText.of(text.substring(from, stemEnd) + kindWords));
            if (e != null && e.isProject() && (from == 0 || !MatchText.isAsciiLetterOrDigit(text.charAt(from - 1)))) {
                return new Mention(e.id(), e.type(), text.substring(from, stemEnd), from, stemEnd, -1);
            }
        }
        return null;
    }

    /** Where the words before " and " or ", " end, or -1. */
    private static int coordinatorBefore(String text, int start) {
        for (String coordinator : List.of(" and ", ", ", " & ")) {
            int at = start - coordinator.length();
            if (at > 0 && text.regionMatches(true, at, coordinator, 0, coordinator.length())) {
                return at;
            }
        }
        return -1;
    }

    /** The start of the word ending at {@code end} (letters, digits and hyphens), after one space; -1 if none. */
    private static int wordBefore(String text, int end) {
        int i = end;
        if (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int wordEnd = i;
        while (i > 0 && (MatchText.isAsciiLetterOrDigit(text.charAt(i - 1)) || "-–".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i == wordEnd ? -1 : i;
    }

    private static boolean isIdeographs(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x3400 || c > 0x9FFF) {
                return false;
            }
        }
        return true;
    }

    /** English names must not match inside a longer word ("Zhuhai" in "Zhuhaiwan" is fine in Chinese, not here). */
    private static boolean atWordBoundary(String view, int start, int end) {
        boolean latinStart = MatchText.isAsciiLetterOrDigit(view.charAt(start));
        boolean latinEnd = MatchText.isAsciiLetterOrDigit(view.charAt(end - 1));
        if (latinStart && start > 0 && MatchText.isAsciiLetterOrDigit(view.charAt(start - 1))) {
            return false;
        }
        return !(latinEnd && end < view.length() && MatchText.isAsciiLetterOrDigit(view.charAt(end)));
    }

}
