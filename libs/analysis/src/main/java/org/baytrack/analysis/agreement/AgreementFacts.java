package org.baytrack.analysis.agreement;

import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Who signed, read around the signing verb; shared by the Chinese and English readers. */
final class AgreementFacts {
    private AgreementFacts() {
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
}
