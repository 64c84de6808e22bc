package org.baytrack.analysis.gazetteer;

import com.ibm.icu.text.Transliterator;
import org.baytrack.analysis.data.DataFiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The English names a project goes by beyond those the gazetteer spells out: its English name with the
 * other words for its kind of work, and the pinyin of its Chinese short name with each of them.
 */
final class NameVariants {
    record Kind(List<String> zh, List<String> en) {
    }

    record Data(int version, Map<String, Kind> kinds, List<String> endsLinkingWords, String describedByEnds,
                List<String> crossingHeads, Map<String, String> shortPlaceNames, List<String> endsJoiners,
                Map<String, String> readings) {
    }

    private static final Data DATA = DataFiles.read("name-variants.yaml", Data.class);
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    // every ideograph read once: the catalog builds a new gazetteer for each project it registers
    private static final Map<String, String> READINGS = new ConcurrentHashMap<>(DATA.readings());

    private static final EndsDescriptions ENDS = new EndsDescriptions(DATA.describedByEnds(), DATA.endsLinkingWords(),
            DATA.kinds().values().stream().flatMap(k -> k.en().stream()).distinct().toList(),
            DATA.crossingHeads(), DATA.kinds().get("crossing").en());

    private NameVariants() {
    }

    /** Descriptions of a line by its two ends, for the English words of every kind. */
    static EndsDescriptions endsDescriptions() {
        return ENDS;
    }

    static Set<String> of(Entity project) {
        Set<String> out = new LinkedHashSet<>();
        for (Kind kind : DATA.kinds().values()) {
            for (String name : englishNames(project)) {
                String stem = englishStem(name, kind.en());
                if (stem != null) {
                    kind.en().forEach(word -> {
                        out.add(stem + " " + word);
                        out.add(stem + " " + plural(word));
                    });
                }
            }
            for (String name : project.names()) {
                out.addAll(byFullEnds(name, kind.zh()));
                String pinyin = pinyinStem(name, kind.zh());
                if (pinyin != null) {
                    kind.en().forEach(word -> {
                        out.add(pinyin + " " + word);
                        out.add(pinyin + " " + plural(word));
                    });
                }
            }
        }
        return out;
    }

    /** Its English name and the aliases written in Latin letters ("Guangzhou-Foshan South Ring Intercity Railway"). */
    private static List<String> englishNames(Entity project) {
        List<String> out = new ArrayList<>();
        if (project.nameEn() != null) {
            out.add(project.nameEn());
        }
        project.aliases().stream().filter(a -> !a.isEmpty() && a.chars().allMatch(c -> c < 0x3000)).forEach(out::add);
        return out;
    }

    /** "the Guangzhou-Foshan and Foshan-Dongguan railways" names each by the plural of its kind. */
    private static String plural(String word) {
        if (word.endsWith("s") || word.equals(word.toUpperCase(Locale.ROOT))) {
            return word;
        }
        return word + "s";
    }

    /** "Shenzhen-Jiangmen" of "Shenzhen-Jiangmen Railway"; null when the name does not end in a word of the kind. */
    private static String englishStem(String name, List<String> words) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : words.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            if (lower.endsWith(" " + word.toLowerCase(Locale.ROOT))) {
                String stem = name.substring(0, name.length() - word.length() - 1).strip();
                return stem.contains(" ") || stem.contains("-") || stem.contains("–") ? stem : null;
            }
        }
        return null;
    }

    /** 东莞至惠州城际铁路 for 莞惠城际: the two ends' full names joined, with each Chinese word of the kind. */
    private static List<String> byFullEnds(String name, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (name.length() != suffix.length() + 2 || !name.endsWith(suffix)) {
                continue;
            }
            String from = DATA.shortPlaceNames().get(name.substring(0, 1));
            String to = DATA.shortPlaceNames().get(name.substring(1, 2));
            if (from == null || to == null || from.equals(to)) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            DATA.endsJoiners().forEach(joiner -> suffixes.forEach(word -> out.add(from + joiner + to + word)));
            return out;
        }
        return List.of();
    }

    /** "Shenjiang" of 深江铁路: two or three ideographs before a Chinese word of the kind. */
    private static String pinyinStem(String name, List<String> suffixes) {
        for (String suffix : suffixes) {
            int stemLength = name.length() - suffix.length();
            if (name.endsWith(suffix) && stemLength >= 2 && stemLength <= 3 && ideographs(name, stemLength)) {
                StringBuilder pinyin = new StringBuilder();
                for (int i = 0; i < stemLength; i++) {
                    String c = name.substring(i, i + 1);
                    pinyin.append(READINGS.computeIfAbsent(c, NameVariants::transliterate).strip());
                }
                return Character.toUpperCase(pinyin.charAt(0)) + pinyin.substring(1);
            }
        }
        return null;
    }

    private static synchronized String transliterate(String ideograph) {
        return PINYIN.transliterate(ideograph);
    }

    private static boolean ideographs(String s, int length) {
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x3400 || c > 0x9FFF) {
                return false;
            }
        }
        return true;
    }
}
