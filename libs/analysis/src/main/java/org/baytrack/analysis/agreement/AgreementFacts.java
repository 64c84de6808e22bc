package org.baytrack.analysis.agreement;

import org.baytrack.analysis.dates.DateContext;
import org.baytrack.analysis.dates.PartialDate;
import org.baytrack.analysis.dates.TimeExpression;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who signed and when, read around the signing verb; shared by the Chinese and English readers. */
final class AgreementFacts {
    // "A与B(在横琴)签署": the two names around 与 when the gazetteer does not know them
    private static final Pattern PAIR = Pattern.compile(
            "([\\u4e00-\\u9fa5（）()]{2,24}?)(?:与|和|同)([\\u4e00-\\u9fa5（）()]{2,24}?)(?:在[^，。,]{1,16}?)?(?:共同|正式|日前|近日)?$");
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:会上|当天|当日|同日|随后|此外|据悉|据了解|期间|现场|活动中|仪式上|会议期间)+");

    private AgreementFacts() {
    }

    /** Names of unknown signatories in the clause before a Chinese signing verb; empty when none are found. */
    static List<String> unnamedParties(String text, int clauseStart, int verbStart) {
        Matcher m = PAIR.matcher(text.substring(clauseStart, verbStart));
        if (!m.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String name : List.of(m.group(1), m.group(2))) {
            String n = LEADING_NOISE.matcher(name).replaceFirst("");
            if (n.length() >= 2) {
                out.add(n);
            }
        }
        return out;
    }

    /** Organisations and places named before the verb (and after "with" in English). */
    static List<String> parties(List<Mention> mentions, Sentence s, int verbStart, int end, boolean english) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.sentence() != s.index() || !(m.type().equals("organisation") || m.type().equals("place"))
                    || m.entity().equals("greater-bay-area")) {
                continue;
            }
            boolean before = m.end() <= verbStart && !isVenue(s.text(), m.start() - s.start());
            boolean withAfter = english && m.start() > verbStart
                    && s.text().substring(0, m.start() - s.start()).toLowerCase(Locale.ROOT).contains(" with ");
            if ((before || withAfter) && !out.contains(m.entity())) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /** 在横琴签署 / signed in Hengqin: a place after 在 or "in" is where, not who. */
    private static boolean isVenue(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 4), at).toLowerCase(Locale.ROOT);
        return before.endsWith("在") || before.endsWith("于") || before.endsWith(" in ") || before.endsWith(" at ");
    }

    /** Chinese puts the date before the verb (12月7日…签订), English after it (signed … on Thursday). */
    static String signed(Sentence s, int verbStart, DateContext dates) {
        TimeExpression before = null;
        TimeExpression after = null;
        for (TimeExpression e : dates.in(s)) {
            if (e.end() <= verbStart) {
                before = e;
            } else if (after == null) {
                after = e;
            }
        }
        TimeExpression best = dates.english() && after != null ? after : before;
        PartialDate d = best == null ? dates.carriedOver(s, false) : dates.resolve(best, s, false);
        return d == null ? null : d.iso();
    }
}
