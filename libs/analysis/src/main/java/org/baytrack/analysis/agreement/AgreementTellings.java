package org.baytrack.analysis.agreement;

import org.baytrack.analysis.sentence.Headlines;
import org.baytrack.analysis.sentence.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One agreement told several times in a document, as one: the English tellings of one signing merged, an
 * undated title dated by another sentence, a headline dropped for the body, repeats removed.
 */
final class AgreementTellings {
    // sentences back that a signing told as one more of the occasion looks for its date
    private static final int ALSO_REACH = 3;
    private static final int YEAR_MONTH = "2010-04".length();

    private AgreementTellings() {
    }

    /**
     * English news tells one signing several times: "signed the Framework Agreement …", then "signed the deal
     * today with …", or a caption and a body on the same day. "The deal" completes the signing told before, and
     * signings of one day are one agreement, with the most specific title and every party named.
     */
    static List<Agreement> tellingsMerged(List<Telling> found) {
        List<Agreement> out = new ArrayList<>();
        for (Telling f : found) {
            Agreement a = f.agreement();
            int into = -1;
            if (f.refersBack() && !out.isEmpty()) {
                into = out.size() - 1;
            }
            for (int i = 0; into < 0 && i < out.size(); i++) {
                if (a.signed() != null && a.signed().equals(out.get(i).signed())) {
                    into = i;
                }
            }
            if (into < 0) {
                out.add(a);
            } else {
                out.set(into, merged(out.get(into), a));
            }
        }
        return out;
    }

    /** 该协议由A与B签订 completes the agreement told just before with its parties; with none before, it tells nothing. */
    static List<Agreement> retellingsMerged(List<Telling> found) {
        List<Agreement> out = new ArrayList<>();
        for (Telling f : found) {
            if (!f.refersBack()) {
                out.add(f.agreement());
            } else if (!out.isEmpty()) {
                out.set(out.size() - 1, merged(out.get(out.size() - 1), f.agreement()));
            }
        }
        return out;
    }

    private static Agreement merged(Agreement first, Agreement second) {
        String title = second.title().length() > first.title().length() && !isGenericEnglish(second.title())
                || isGenericEnglish(first.title()) && !isGenericEnglish(second.title()) ? second.title() : first.title();
        return new Agreement(title, union(first.parties(), second.parties()),
                first.signed() != null ? first.signed() : second.signed(), union(first.fields(), second.fields()),
                first.count() != null ? first.count() : second.count(),
                first.items() != null ? first.items() : second.items(), first.done() != null ? first.done() : second.done(),
                first.evidence(), first.sentence(), union(first.partyNames(), second.partyNames()));
    }

    private static boolean isGenericEnglish(String title) {
        return title.split("\\s+").length <= 3 && title.toLowerCase(Locale.ROOT).matches(".*\\b(?:deals?|agreements?)$");
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return List.copyOf(out);
    }

    /** An undated 《title》 takes the date another sentence gives the same title (今日出席《…》签署仪式). */
    static List<Agreement> datedByTitle(List<Agreement> all, List<Sentence> sentences, SigningDate when) {
        List<Agreement> out = new ArrayList<>(all.size());
        for (Agreement a : all) {
            String date = null;
            if (a.signed() == null && a.title().length() >= 6) {
                for (Sentence s : sentences) {
                    int at = s.text().indexOf("《" + a.title() + "》");
                    if (s.index() != a.sentence() && at >= 0) {
                        date = when.before(s, s.start() + at);
                        if (date != null) {
                            break;
                        }
                    }
                }
            }
            out.add(date == null ? a : new Agreement(a.title(), a.parties(), date, a.fields(), a.count(), a.items(),
                    a.done(), a.evidence(), a.sentence(), a.partyNames()));
        }
        return out;
    }

    /**
     * "The two sides have also entered into…", 双方还签署了…: an undated signing told as one more of the occasion
     * takes the date of the signing told just before it, a few sentences back at most.
     */
    static List<Agreement> datedAsAlso(List<Agreement> all, java.util.Set<Integer> toldAsOneMore) {
        List<Agreement> out = new ArrayList<>(all.size());
        for (Agreement a : all) {
            Agreement before = null;
            for (Agreement o : all) {
                if (o.sentence() < a.sentence() && a.sentence() - o.sentence() <= ALSO_REACH && o.signed() != null
                        && (before == null || o.sentence() >= before.sentence())) {
                    before = o;
                }
            }
            boolean undatedOneMore = a.signed() == null && before != null && toldAsOneMore.contains(a.sentence());
            out.add(!undatedOneMore ? a : new Agreement(a.title(), a.parties(), before.signed(), a.fields(), a.count(),
                    a.items(), a.done(), a.evidence(), a.sentence(), a.partyNames()));
        }
        return out;
    }

    /** A headline ("两市签署合作协议") repeats the body; it counts only when the body names no agreement. */
    static List<Agreement> withoutHeadline(List<Agreement> found, List<Sentence> sentences) {
        java.util.Set<Integer> opening = Headlines.opening(sentences);
        java.util.Set<Integer> headlines = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            if (opening.contains(s.index()) && isHeadline(s)) {
                headlines.add(s.index());
            }
        }
        boolean bodyHasOne = found.stream().anyMatch(a -> !headlines.contains(a.sentence()));
        if (!bodyHasOne || headlines.isEmpty()) {
            return found;
        }
        return found.stream().filter(a -> !headlines.contains(a.sentence())).toList();
    }

    /** An opening line short enough to be a headline, not a caption or a lead paragraph. */
    private static boolean isHeadline(Sentence s) {
        String t = s.text();
        boolean latin = t.chars().filter(c -> c < 0x80).count() * 2 > t.length();
        return t.length() <= (latin ? 110 : 40);
    }

    /** The agreement kept, with the parties, fields and count another telling of it adds. */
    private static Agreement absorbed(Agreement kept, Agreement other) {
        return new Agreement(kept.title(), union(kept.parties(), other.parties()), kept.signed(),
                union(kept.fields(), other.fields()), kept.count() != null ? kept.count() : other.count(), kept.items(),
                kept.done(), kept.evidence(), kept.sentence(), union(kept.partyNames(), other.partyNames()));
    }

    /**
     * 甲市与乙市签署《…协议》 then 甲市与丙市、丁市签订框架协议: a generic title with two parties or more the other telling
     * nowhere names is another signing; one side worded otherwise (甲乙签署合作协议 above 甲市政府与乙市政府签署《…》)
     * still tells the same one.
     */
    private static boolean partiesAmong(Agreement a, Agreement o, java.util.regex.Pattern governmentWords) {
        if (o.parties().containsAll(a.parties())) {
            return true;
        }
        List<String> theirs = o.partyNames().stream().map(n -> governmentWords.matcher(n).replaceAll("")).toList();
        long unnamed = a.partyNames().stream().map(n -> governmentWords.matcher(n).replaceAll(""))
                .filter(n -> !n.isEmpty() && !o.title().contains(n)
                        && theirs.stream().noneMatch(m -> m.contains(n) || n.contains(m)))
                .count();
        return unnamed < 2;
    }

    private static String bare(String title) {
        return title.replaceAll("[《》〈〉「」『』“”\"\\s]", "");
    }

    /**
     * Undated, or the same month at the coarser precision (2010-04 and 2010-04-16; a speaker's "today" a day after
     * the meeting): a signing told twice may be one.
     */
    private static boolean agreeInTime(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        int common = Math.min(Math.min(a.length(), b.length()), YEAR_MONTH);
        return a.substring(0, common).equals(b.substring(0, common));
    }

    /**
     * Same title and date is one agreement; a generic title (a headline's 合作协议) that a more
     * specific one in the same document contains, or one with no name of its own at all (genericTitle: 相关协议), is that
     * one told again.
     */
    static List<Agreement> deduplicate(List<Agreement> all, java.util.regex.Pattern genericTitle,
                                       java.util.regex.Pattern governmentWords, java.util.Set<Integer> toldAsOneMore) {
        Map<String, Agreement> byKey = new LinkedHashMap<>();
        for (Agreement a : all) {
            // a retelling may quote the title inside it differently (实施〈粤澳合作框架协议〉… and 实施粤澳合作框架协议…)
            String title = bare(a.title());
            String key = title + "|" + a.signed();
            Agreement same = byKey.get(key);
            if (same != null && same.sentence() == a.sentence()
                    && !(same.parties().equals(a.parties()) && same.partyNames().equals(a.partyNames()))) {
                // 分别与B、C签订, A与B，C与D分别签订: one sentence telling one agreement for each, even of two
                // districts of the same two cities
                key += "|" + a.parties() + a.partyNames();
            }
            byKey.merge(key, a, (x, y) -> absorbed(x, y).withProgress(y.items(), y.done()));
        }
        // the same title told undated (a headline, a caption) and dated: one agreement, of that date
        for (String key : List.copyOf(byKey.keySet())) {
            Agreement a = byKey.get(key);
            if (a.signed() != null) {
                continue;
            }
            String title = bare(a.title());
            byKey.entrySet().stream()
                    .filter(e -> e.getValue().signed() != null && (bare(e.getValue().title()).contains(title)
                            || title.contains(bare(e.getValue().title()))))
                    .findFirst()
                    .ifPresent(e -> {
                        e.setValue(absorbed(e.getValue(), a));
                        byKey.remove(key);
                    });
        }
        List<Agreement> out = new ArrayList<>();
        for (Agreement a : byKey.values()) {
            boolean retold = !toldAsOneMore.contains(a.sentence())
                    && byKey.values().stream().anyMatch(o -> o != a && o.title().length() > a.title().length()
                    && (o.title().contains(a.title()) && (a.signed() == null || a.signed().equals(o.signed()))
                        || genericTitle.matcher(bare(a.title())).matches() && partiesAmong(a, o, governmentWords)
                            && agreeInTime(a.signed(), o.signed())));
            if (!retold) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }
}
