package org.baytrack.analysis.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parties of a signing as the text words them: the subjects before the verb, joined by 与/和/、/and, and in
 * English the names after "with". Lead-in clauses (…见证, "Witnessed by …,"), venues, dates and adverbs around
 * the names are dropped; a clause that is no name (我非常高兴…) gives no party.
 */
final class PartyWording {
    private static final int MAX_ZH = 30;
    private static final int MAX_EN_WORDS = 12;
    private static final Pattern ASIDE_BRACKETS = Pattern.compile("[（(]([^（）()]*)[）)]");
    private static final Pattern EN_LIST = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern EN_BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}");

    record ZhWords(List<String> asides, List<String> leadIns, List<String> ends, List<String> topics,
                   List<String> conjunctions, List<String> adverbs, List<String> notParties,
                   String collectiveTail, String describedList, String official) {
    }

    record EnWords(List<String> leadIns, String trailers, String withEnd, List<String> notParties) {
    }

    record Words(ZhWords zh, EnWords en) {
    }

    private final List<String> asides;
    private final Pattern zhTopic;
    private final Pattern zhLeadIn;
    private final Pattern zhEnd;
    private final Pattern zhConjunction;
    private final Pattern zhLeadingAdverbs;
    private final Pattern zhTrailingAdverbs;
    private final Pattern zhCollectiveTail;
    private final Pattern zhDescribedList;
    private final Pattern zhOfficial;
    private final List<String> zhNotParties;
    private final List<Pattern> enLeadIns;
    private final Pattern enTrailers;
    private final Pattern enWith;
    private final Pattern enAgents;
    private final List<String> enNotParties;

    PartyWording(Words w) {
        asides = w.zh().asides();
        zhLeadIn = Pattern.compile(alternation(w.zh().leadIns()));
        zhEnd = Pattern.compile(literals(w.zh().ends()));
        zhTopic = Pattern.compile(literals(w.zh().topics()));
        zhConjunction = Pattern.compile(literals(w.zh().conjunctions()));
        zhLeadingAdverbs = Pattern.compile("^(?:" + literals(w.zh().adverbs()) + ")+");
        zhTrailingAdverbs = Pattern.compile("(?:" + literals(w.zh().adverbs()) + ")+$");
        zhNotParties = w.zh().notParties();
        zhCollectiveTail = Pattern.compile(w.zh().collectiveTail());
        zhDescribedList = Pattern.compile(w.zh().describedList());
        zhOfficial = Pattern.compile(w.zh().official());
        enLeadIns = w.en().leadIns().stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
        enTrailers = Pattern.compile(w.en().trailers(), Pattern.CASE_INSENSITIVE);
        enWith = Pattern.compile("\\bwith\\s+(.+?)" + w.en().withEnd());
        enAgents = Pattern.compile("\\s+(?:\\w+ly\\s+)?(?:by|between)\\s+(.+?)" + w.en().withEnd());
        enNotParties = w.en().notParties();
    }

    /**
     * Parties in the clause before a Chinese signing verb. {@code dateSpans} are the [start, end) offsets, relative
     * to the clause, of time expressions in it: a date opening the clause is dropped, one after the names ends them.
     */
    List<String> chinese(String clause, List<int[]> dateSpans) {
        String c = withoutAsides(clause);
        int from = 0;
        int lastStart = -1;
        int beforeLast = 0;
        Matcher lead = zhLeadIn.matcher(c);
        while (lead.find()) {
            beforeLast = from;
            lastStart = lead.start();
            from = lead.end();
        }
        int limit = c.length();
        if (lastStart > 0 && zhLeadingAdverbs.matcher(c.substring(from).strip()).replaceFirst("").isBlank()) {
            // 粤港双方会后签署, 粤澳双方在会上还签署: the parties stand before a lead-in that runs into the verb
            limit = lastStart;
            from = beforeLast;
        }
        for (int[] span : dateSpans) {
            if (span[0] <= from && span[1] > from) {
                from = span[1];
            }
        }
        // 就…的融资安排、设计、建造签订: what follows the topic word is the agreement's matter, not a party
        Matcher topic = zhTopic.matcher(c).region(Math.min(from + 2, limit), limit);
        if (topic.find()) {
            limit = topic.start();
        }
        List<Integer> cuts = new ArrayList<>();
        for (int[] span : dateSpans) {
            if (span[0] > from && span[0] < limit) {
                cuts.add(span[0]);
            }
        }
        // 于/在 right at the start lead a venue or date (在横琴，…); later they end the names
        Matcher end = zhEnd.matcher(c).region(Math.min(from + 2, limit), limit);
        while (end.find()) {
            cuts.add(end.start());
        }
        cuts.sort(null);
        // a date or venue between two names (A于2019年与B, 港铁昨与B) is skipped, one after the last name ends them
        StringBuilder names = new StringBuilder();
        int at = from;
        for (int cut : cuts) {
            if (cut < at) {
                continue;
            }
            names.append(c, at, cut);
            Matcher next = zhConjunction.matcher(c).region(cut, limit);
            if (!next.find()) {
                at = -1;
                break;
            }
            at = next.start();
        }
        if (at >= 0) {
            names.append(c, at, limit);
        }
        List<String> out = new ArrayList<>();
        for (String part : zhConjunction.split(zhDescribedList.matcher(names).replaceFirst(""))) {
            String p = part.strip().replaceAll("^[，,：:\\s]+|[，,：:\\s]+$", "");
            p = zhLeadingAdverbs.matcher(p).replaceFirst("");
            p = zhTrailingAdverbs.matcher(p).replaceFirst("");
            p = p.replaceAll("[了的]$", "");
            // 某局常务副局长刘某: the office signs, not the one who holds it
            Matcher official = zhOfficial.matcher(p);
            if (official.find() && official.start() >= 2) {
                p = p.substring(0, official.start());
            }
            if (!out.isEmpty()) {
                // 中山、江门两市: the count closes a list; 深港两地 alone is the name
                p = zhCollectiveTail.matcher(p).replaceFirst("");
            }
            if (isChineseName(p) && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Parties of an English signing: the subject before the verb and the names after "with". */
    List<String> english(String sentenceText, int verbStart, int verbEnd) {
        List<String> out = new ArrayList<>();
        // "pose for photos after signing a deal": a gerund has no subject of its own
        boolean gerund = sentenceText.substring(verbStart, verbEnd).toLowerCase(Locale.ROOT).endsWith("ing");
        String subject = gerund ? "" : sentenceText.substring(0, verbStart).strip();
        for (Pattern lead : enLeadIns) {
            subject = lead.matcher(subject).replaceFirst("");
        }
        subject = enTrailers.matcher(subject).replaceFirst("").strip();
        addEnglish(subject, out);
        String rest = sentenceText.substring(verbEnd);
        Matcher with = enWith.matcher(rest);
        if (with.find()) {
            addEnglish(with.group(1), out);
        }
        return out;
    }

    /** The agents of a passive signing: "was signed by A and B", "signed between A and B". */
    List<String> englishAgents(String afterVerb) {
        List<String> out = new ArrayList<>();
        Matcher by = enAgents.matcher(afterVerb);
        if (by.lookingAt()) {
            addEnglish(by.group(1), out);
        }
        return out;
    }

    private void addEnglish(String list, List<String> out) {
        for (String part : EN_LIST.split(EN_BRACKETS.matcher(list).replaceAll(""))) {
            String p = part.strip().replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
            if (isEnglishName(p) && !out.contains(p)) {
                out.add(p);
            }
        }
    }

    /** Blanks alias asides out, keeping the length so that offsets into the clause stay valid. */
    private String withoutAsides(String clause) {
        StringBuilder sb = new StringBuilder(clause);
        Matcher m = ASIDE_BRACKETS.matcher(clause);
        while (m.find()) {
            String inside = m.group(1);
            if (asides.stream().anyMatch(inside::startsWith)) {
                for (int i = m.start(); i < m.end(); i++) {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        return sb.toString();
    }

    private boolean isChineseName(String p) {
        return p.length() >= 2 && p.length() <= MAX_ZH && p.codePoints().anyMatch(Character::isIdeographic)
                && zhNotParties.stream().noneMatch(p::contains) && !p.matches(".*[，,。；;：:].*");
    }

    private boolean isEnglishName(String p) {
        if (p.isEmpty() || p.split("\\s+").length > MAX_EN_WORDS || !CAPITALISED.matcher(p).find()) {
            return false;
        }
        String lower = p.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        return !enNotParties.contains(lower) && !lower.matches(".*[,;:].*");
    }

    private static String literals(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static String alternation(List<String> patterns) {
        return patterns.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|"));
    }
}
