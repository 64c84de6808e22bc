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

    /** Where the clause holding a signing verb starts: after the last comma, semicolon or colon before it. */
    static int clauseStart(String text, Sentence s, int verbStart) {
        for (int i = verbStart - 1; i >= s.start(); i--) {
            if ("，,；;：:".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return s.start();
    }

    /** Organisations and places named before the verb (and after "with" in English). */
    static List<String> parties(List<Mention> mentions, Sentence s, int verbStart, int end, boolean english) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (!canSign(m, s)) {
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

    /** 广州港股份有限公司, "Airport Authority Hong Kong": a place inside a longer party name is no party of its own. */
    static List<String> withoutPlacesInsideNames(List<String> parties, List<Mention> mentions, Sentence s,
                                                 List<String> names) {
        List<String> out = new ArrayList<>(parties);
        mentions.stream().filter(m -> m.sentence() == s.index() && m.type().equals("place")
                        && names.stream().anyMatch(n -> n.contains(m.text()) && m.text().length() * 2 < n.length()))
                .forEach(m -> out.remove(m.entity()));
        return out;
    }

    /** "was signed by A and B": the known signatories after the verb, where they are not its venue. */
    static List<String> agents(List<Mention> mentions, Sentence s, int verbEnd, int end) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (canSign(m, s) && m.start() >= verbEnd && m.end() <= end && !isVenue(s.text(), m.start() - s.start())
                    && !out.contains(m.entity())) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /** An organisation or a place of the sentence, save the Greater Bay Area itself, which signs nothing. */
    private static boolean canSign(Mention m, Sentence s) {
        return m.sentence() == s.index() && (m.type().equals("organisation") || m.type().equals("place"))
                && !m.entity().equals("greater-bay-area");
    }

    /** 在横琴签署 / signed in Hengqin: a place after 在 or "in" is where, not who. */
    private static boolean isVenue(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 4), at).toLowerCase(Locale.ROOT);
        return before.endsWith("在") || before.endsWith("于") || before.endsWith(" in ") || before.endsWith(" at ");
    }

    private static final String CONJUNCTIONS = "和与及同跟、&";
    // private-use characters standing for a conjunction inside a known name while the parties are split
    private static final char KEPT = '\uE000';
    private static final char KEPT_AND = '\uE010';

    /**
     * The stretch [from, to) of the text with every conjunction inside a known name kept from splitting it
     * (国家发展和改革委员会, "National Development and Reform Commission"); {@link #restored} undoes it.
     */
    static String namesKept(String text, int from, int to, List<Mention> mentions, Sentence s) {
        char[] out = text.substring(from, to).toCharArray();
        for (Mention m : mentions) {
            if (m.sentence() != s.index() || m.start() < from || m.end() > to) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                int c = CONJUNCTIONS.indexOf(text.charAt(i));
                if (c >= 0) {
                    out[i - from] = (char) (KEPT + c);
                } else if (text.regionMatches(true, i, " and ", 0, 5)) {
                    for (int k = 1; k <= 3; k++) {
                        out[i + k - from] = (char) (KEPT_AND + k - 1);
                    }
                }
            }
        }
        return new String(out);
    }

    static String restored(String name) {
        char[] out = name.toCharArray();
        for (int i = 0; i < out.length; i++) {
            int kept = out[i] - KEPT;
            int and = out[i] - KEPT_AND;
            if (kept >= 0 && kept < CONJUNCTIONS.length()) {
                out[i] = CONJUNCTIONS.charAt(kept);
            } else if (and >= 0 && and < 3) {
                out[i] = "and".charAt(and);
            }
        }
        return new String(out);
    }
}
