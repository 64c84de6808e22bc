package org.baytrack.analysis.agreement;

import org.baytrack.analysis.agreement.AgreementVocabulary.Ceremony;
import org.baytrack.analysis.agreement.AgreementVocabulary.ZhTitles;
import org.baytrack.analysis.dates.ChineseNumber;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signings in a Chinese sentence: a signing verb followed by an agreement noun or the 《titles》 it signs, a
 * ceremony the parties hold, or a 《title》 standing before the verb; with the parties worded before the verb,
 * the count and the fields.
 */
final class ChineseSignings {
    private static final int TITLE_REACH = 60;
    private static final int PASSIVE_REACH = 25;
    private static final Pattern TITLE_LIST_GAP = Pattern.compile("\\s*(?:[、，,]|以及|和|及|与|还有)?\\s*");

    private final Pattern zhVerb;
    private final Pattern zhNoun;
    private final Pattern zhCount;
    private final Pattern zhFields;
    private final Pattern zhNotYet;
    private final Pattern zhTallies;
    private final Pattern since;
    private final Pattern sinceAfter;
    private final Pattern respectivelyWith;
    private final Pattern respectivelyPair;
    private final Pattern genericTitle;
    private final Pattern modifiedNounLeadIn;
    private final Pattern listGap;
    private final Pattern retold;
    private final List<String> notAfterVerb;
    private final List<String> verbs;
    private final ZhTitles notAgreements;
    private final Ceremony ceremonyWords;
    private final PartyWording wording;

    ChineseSignings(AgreementVocabulary d, PartyWording wording) {
        zhVerb = Pattern.compile(literals(d.signVerbs().zh()));
        zhNoun = Pattern.compile(literals(d.nouns().zh()));
        zhCount = Pattern.compile("(?<!\\d)(\\d{1,3}|[一二三四五六七八九十两]{1,3})\\s*(?:" + literals(d.countUnits()) + ")");
        zhFields = Pattern.compile("(?:" + literals(d.fieldLeadIns().zh()) + ")([^，。；,;]{2,120}?)(?:" + literals(d.fieldEnds().zh()) + ")");
        zhNotYet = Pattern.compile(literals(d.notYetSigned().zh()));
        zhTallies = Pattern.compile(literals(d.tallies().zh()));
        since = Pattern.compile(d.sinceSigned());
        sinceAfter = Pattern.compile(d.sinceSignedAfter());
        respectivelyWith = Pattern.compile(d.respectivelyWith());
        respectivelyPair = Pattern.compile(d.respectivelyPair());
        genericTitle = Pattern.compile(d.genericTitle());
        modifiedNounLeadIn = Pattern.compile(d.modifiedNounLeadIn());
        listGap = Pattern.compile(d.listGap());
        retold = Pattern.compile(d.retold());
        notAfterVerb = d.notAfterVerb();
        verbs = d.signVerbs().zh();
        notAgreements = d.notAgreements().zh();
        ceremonyWords = d.ceremony();
        this.wording = wording;
    }

    /** Every signing the sentence tells, one per clause. */
    List<Telling> read(String text, Sentence s, List<Mention> mentions, SigningDate when) {
        if (verbs.stream().noneMatch(s.text()::contains)) {
            return List.of();
        }
        List<Telling> out = new ArrayList<>();
        int told = s.start();
        Matcher verb = zhVerb.matcher(text).region(s.start(), s.end());
        while (verb.find()) {
            int v = verb.end();
            // one signing per clause: 签署了《A》，并签署了《B》 tells two, 签约仪式上签署 one
            if (verb.start() < told) {
                continue;
            }
            int clauseStart = AgreementFacts.clauseStart(text, s, verb.start());
            if (notYetSigned(text, mentions, s, clauseStart, verb.start())
                    || zhTallies.matcher(text).region(clauseStart, verb.start()).find()
                    || since.matcher(text).region(clauseStart, verb.start()).find()
                    && sinceAfter.matcher(text).region(v, s.end()).lookingAt()) {
                continue;
            }
            Telling ceremony = ceremony(text, s, mentions, when, clauseStart, verb.start(), v);
            if (ceremony != null) {
                out.add(ceremony);
                told = clauseEnd(text, v, s.end());
                continue;
            }
            // 签约项目 are projects signed up, but 签订项目协议 is an agreement: the noun right after decides
            String after = followingWord(text, v, s.end(), notAfterVerb);
            if (after != null && !modifiesAgreement(text, v + after.length(), s.end())) {
                continue;
            }
            SigningDate.Reading date = when.signed(s, verb.start());
            if (date.ahead()) {
                continue;
            }
            // 日前与某市签署的一项协议 is news told by what the agreement says; 2020年两市签署的协议已落实… and
            // 双方签署的27项协议 are the history of older agreements
            if ("的".equals(after) && (date.iso() == null || date.iso().length() == YEAR_ONLY)) {
                continue;
            }
            List<String> names = chineseNames(text, s, mentions, when, clauseStart, verb.start());
            int limit = Math.min(s.end(), v + TITLE_REACH);
            List<String> titles = bracketTitles(text, v, s.end()).stream().filter(this::isChineseAgreement).toList();
            if (titles.size() > 1) {
                // 签署了《A协议》和《B备忘录》: one agreement each
                List<String> parties = AgreementFacts.parties(mentions, s, verb.start(), s.end(), false);
                List<String> fields = chineseFields(text, s);
                titles.forEach(t -> out.add(new Telling(new Agreement(t, parties, date.iso(), fields, null, null, null,
                        s.text(), s.index(), names), false)));
                told = Math.max(clauseEnd(text, v, s.end()),
                        text.indexOf('》', text.lastIndexOf('《' + titles.get(titles.size() - 1))) + 1);
                continue;
            }
            Matcher noun = zhNoun.matcher(text).region(v, Math.min(limit, clauseEnd(text, v, s.end())));
            String bracketTitle = bracketTitle(text, v, limit);
            if (!noun.find() && bracketTitle == null) {
                Telling passive = titledBefore(text, s, mentions, when, clauseStart, verb.start(), v);
                if (passive == null) {
                    passive = retelling(text, s, mentions, when, clauseStart, verb.start());
                }
                if (passive != null) {
                    out.add(passive);
                    told = clauseEnd(text, v, s.end());
                }
                continue;
            }
            int nounEnd = bracketTitle != null ? text.indexOf('》', v) + 1 : noun.end();
            // 明确了签订投资协议的关键问题: the signing qualifies a matter still to settle; it is no signing told
            if (nounEnd + 1 < s.end() && text.charAt(nounEnd) == '的'
                    && Character.isIdeographic(text.codePointAt(nounEnd + 1))) {
                continue;
            }
            String phrase = text.substring(v, nounEnd);
            Integer count = null;
            List<String> fields = new ArrayList<>();
            String title = bracketTitle;
            Matcher c = zhCount.matcher(phrase);
            int titleStart = 0;
            if (c.find() && bracketTitle == null) {
                count = ChineseNumber.parse(c.group(1).replace('两', '二'));
                String before = phrase.substring(0, c.start());
                int etc = before.lastIndexOf('等');
                if (etc > 0) {
                    fields.addAll(splitList(before.substring(0, etc)));
                }
                titleStart = c.end();
            }
            if (title == null) {
                title = trimTitle(phrase.substring(titleStart));
            } else {
                Matcher more = zhCount.matcher(text).region(nounEnd, Math.min(s.end(), nounEnd + 8));
                if (more.lookingAt() || text.startsWith("等", nounEnd) && more.region(nounEnd + 1, Math.min(s.end(), nounEnd + 8)).lookingAt()) {
                    count = ChineseNumber.parse(more.group(1).replace('两', '二'));
                }
            }
            if (!isChineseAgreement(title)) {
                continue;
            }
            String matter = bracketTitle == null && count == null && genericTitle.matcher(title).matches()
                    ? matterSignedOn(text, clauseStart, verb.start()) : null;
            if (matter != null) {
                // 双方就投资、建设某线签署合作备忘录: a title with no name of its own is named by its matter
                title = AgreementFacts.restored(matter) + title;
            }
            if (fields.isEmpty()) {
                fields.addAll(chineseFields(text, s));
            }
            List<Telling> each = eachWithItsCounterpart(text, s, mentions, when, clauseStart, verb.start(), title,
                    date.iso(), fields, count);
            if (each.isEmpty()) {
                each = eachPairApart(text, s, mentions, when, clauseStart, verb.start(), title, date.iso(), fields, count);
            }
            if (each.isEmpty()) {
                each = eachOnItsMatter(text, s, mentions, when, clauseStart, verb.start(), date.iso(), count);
            }
            if (!each.isEmpty()) {
                out.addAll(each);
                told = Math.max(clauseEnd(text, v, s.end()), nounEnd);
                continue;
            }
            out.add(new Telling(new Agreement(title, chineseParties(mentions, s, verb.start(), names), date.iso(),
                    List.copyOf(fields), count, null, null, s.text(), s.index(), names), false));
            told = Math.max(clauseEnd(text, v, s.end()), nounEnd);
        }
        return out;
    }

    /**
     * A与B(在市政府)举行战略合作签约仪式, A与B进行战略合作签约: the parties hold the signing of their agreement. A
     * ceremony for projects or an investment list (项目签约仪式) is none, and so is one nobody is named holding.
     */
    private Telling ceremony(String text, Sentence s, List<Mention> mentions, SigningDate when, int clauseStart,
                           int verbStart, int verbEnd) {
        Ceremony c = ceremonyWords;
        boolean ceremonyAfter = followedByAny(text, verbEnd, s.end(), c.words());
        String clause = text.substring(clauseStart, verbStart);
        int hostEnd = -1;
        int hostStart = -1;
        for (String host : c.hosts()) {
            int at = clause.lastIndexOf(host);
            if (at >= 0 && at + host.length() > hostEnd) {
                hostEnd = at + host.length();
                hostStart = at;
            }
        }
        boolean cooperation = c.cooperation().stream().anyMatch(clause::endsWith);
        if (!(ceremonyAfter && hostEnd >= 0) && !cooperation) {
            return null;
        }
        List<String> names = chineseNames(text, s, mentions, when, clauseStart, verbStart);
        if (names.size() < 2 && hostStart >= 0 && clause.substring(0, hostStart).isBlank() && clauseStart > s.start()) {
            // A、B、C在某管委会，举行了…签约仪式: the hosts stand in the clause before, with where they met
            names = chineseNames(text, s, mentions, when, AgreementFacts.clauseStart(text, s, clauseStart - 1), clauseStart - 1);
        }
        if (names.size() < 2) {
            return null;
        }
        int modifierStart = Math.max(hostEnd, 0);
        String last = names.get(names.size() - 1);
        int lastAt = clause.lastIndexOf(last);
        if (hostEnd < 0 && lastAt >= 0) {
            modifierStart = lastAt + last.length();
        }
        String modifier = clause.substring(modifierStart).replaceAll("^[了一场次的]+", "").replaceAll("的$", "").strip();
        if (c.notFor().stream().anyMatch(modifier::contains) || modifier.length() > 20) {
            return null;
        }
        SigningDate.Reading date = when.signed(s, verbStart);
        if (date.ahead()) {
            return null;
        }
        String title = zhNoun.matcher(modifier).find() ? modifier : modifier + c.titleSuffix();
        return new Telling(new Agreement(title, chineseParties(mentions, s, verbStart, names), date.iso(),
                chineseFields(text, s), null, null, null, s.text(), s.index(), names), false);
    }

    /** 该协议由A与B签订: who signed the agreement told before, to complete it; null when the clause is not so worded. */
    private Telling retelling(String text, Sentence s, List<Mention> mentions, SigningDate when, int clauseStart,
                              int verbStart) {
        Matcher m = retold.matcher(text).region(clauseStart, verbStart);
        if (!m.find()) {
            return null;
        }
        List<String> names = chineseNames(text, s, mentions, when, m.end(), verbStart);
        if (names.isEmpty()) {
            return null;
        }
        return new Telling(new Agreement("", chineseParties(mentions, s, verbStart, names), null, List.of(), null, null,
                null, s.text(), s.index(), names), true);
    }

    /**
     * 《…协议》于7月1日在香港签署 / 由A与B共同签订: the title stands before the verb, which ends its clause; the
     * parties come before the title. 《…》的签署 is the signing spoken of, not told.
     */
    private Telling titledBefore(String text, Sentence s, List<Mention> mentions, SigningDate when, int clauseStart,
                               int verbStart, int verbEnd) {
        int after = verbEnd < s.end() && text.charAt(verbEnd) == '了' ? verbEnd + 1 : verbEnd;
        if (after < s.end() && "。，,；;！!".indexOf(text.charAt(after)) < 0) {
            return null;
        }
        int close = text.lastIndexOf('》', verbStart);
        int open = close < 0 ? -1 : text.lastIndexOf('《', close);
        if (open < s.start() || verbStart - close > PASSIVE_REACH || text.substring(close, verbStart).contains("的")) {
            return null;
        }
        String title = text.substring(open + 1, close);
        if (!zhNoun.matcher(title).find() || !isChineseAgreement(title)) {
            return null;
        }
        SigningDate.Reading date = when.signed(s, verbStart);
        if (date.ahead()) {
            return null;
        }
        int namesStart = Math.min(clauseStart, open);
        for (int i = open - 1; i >= s.start(); i--) {
            if ("，,；;：:".indexOf(text.charAt(i)) >= 0) {
                namesStart = i + 1;
                break;
            }
            namesStart = i;
        }
        List<String> names = chineseNames(text, s, mentions, when, namesStart, open);
        return new Telling(new Agreement(title, chineseParties(mentions, s, open, names), date.iso(), chineseFields(text, s),
                null, null, null, s.text(), s.index(), names), false);
    }

    private static int clauseEnd(String text, int from, int sentenceEnd) {
        for (int i = from; i < sentenceEnd; i++) {
            if ("，,；;".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return sentenceEnd;
    }

    private List<String> chineseNames(String text, Sentence s, List<Mention> mentions, SigningDate when, int clauseStart,
                                      int verbStart) {
        List<int[]> spans = new ArrayList<>();
        for (var e : when.in(s)) {
            if (e.end() > clauseStart && e.start() < verbStart) {
                spans.add(new int[] {Math.max(0, e.start() - clauseStart), Math.min(verbStart, e.end()) - clauseStart});
            }
        }
        String clause = AgreementFacts.namesKept(text, when.pastDateline(clauseStart, verbStart), verbStart, mentions, s);
        return wording.chinese(clause, spans).stream().map(AgreementFacts::restored).toList();
    }

    /**
     * A分别与B、C、D签订合作协议: one agreement with each of B, C and D, signed by A; none when the clause lists fewer
     * than two.
     */
    private List<Telling> eachWithItsCounterpart(String text, Sentence s, List<Mention> mentions, SigningDate when,
                                                 int clauseStart, int verbStart, String title, String signed,
                                                 List<String> fields, Integer count) {
        Matcher respectively = respectivelyWith.matcher(text).region(clauseStart, verbStart);
        int at = -1;
        int listStart = -1;
        while (respectively.find()) {
            at = respectively.start();
            listStart = respectively.end();
        }
        if (at < 0) {
            return List.of();
        }
        List<int[]> counterparts = new ArrayList<>();
        Matcher gap = listGap.matcher(text).region(listStart, verbStart);
        int from = listStart;
        while (gap.find()) {
            counterparts.add(new int[] {from, gap.start()});
            from = gap.end();
        }
        counterparts.add(new int[] {from, verbStart});
        counterparts.removeIf(c -> c[1] - c[0] < 2);
        if (counterparts.size() < 2) {
            return List.of();
        }
        int signerEnd = at;
        List<String> signer = chineseNames(text, s, mentions, when, clauseStart, signerEnd);
        List<Telling> out = new ArrayList<>();
        for (int[] c : counterparts) {
            List<Mention> theirs = mentions.stream().filter(m -> m.sentence() != s.index()
                    || m.start() >= clauseStart && m.end() <= signerEnd || m.start() >= c[0] && m.end() <= c[1]).toList();
            List<String> names = new ArrayList<>(signer);
            names.add(AgreementFacts.restored(text.substring(c[0], c[1]).strip()));
            out.add(new Telling(new Agreement(title, chineseParties(theirs, s, verbStart, names), signed,
                    List.copyOf(fields), count, null, null, s.text(), s.index(), List.copyOf(names)), false));
        }
        return out;
    }

    /**
     * A与B，C与D分别签署合作协议: one agreement for each pair, the pairs being the clauses before the verb that each
     * hold two names and nothing else; none when fewer than two such clauses stand there.
     */
    private List<Telling> eachPairApart(String text, Sentence s, List<Mention> mentions, SigningDate when, int clauseStart,
                                        int verbStart, String title, String signed, List<String> fields, Integer count) {
        List<int[]> pairs = new ArrayList<>();
        int end = verbStart;
        int start = clauseStart;
        while (true) {
            Matcher pair = respectivelyPair.matcher(text).region(start, end);
            if (!pair.matches() || end == verbStart && pair.group("respectively") == null) {
                break;
            }
            pairs.add(0, new int[] {start, pair.start("respectively") >= 0 ? pair.start("respectively") : end});
            if (start <= s.start()) {
                break;
            }
            end = start - 1;
            start = AgreementFacts.clauseStart(text, s, end);
        }
        if (pairs.size() < 2) {
            return List.of();
        }
        List<Telling> out = new ArrayList<>();
        for (int[] p : pairs) {
            List<Mention> theirs = mentions.stream().filter(m -> m.sentence() != s.index()
                    || m.start() >= p[0] && m.end() <= p[1]).toList();
            List<String> names = chineseNames(text, s, mentions, when, p[0], p[1]);
            out.add(new Telling(new Agreement(title, chineseParties(theirs, s, verbStart, names), signed,
                    List.copyOf(fields), count, null, null, s.text(), s.index(), List.copyOf(names)), false));
        }
        return out;
    }

    /**
     * 双方就A、B、C、D签署了4份合作协议: as many matters listed as the count says, one agreement on each; none otherwise.
     */
    private List<Telling> eachOnItsMatter(String text, Sentence s, List<Mention> mentions, SigningDate when,
                                          int clauseStart, int verbStart, String signed, Integer count) {
        if (count == null || count < 2) {
            return List.of();
        }
        int on = text.lastIndexOf('就', verbStart);
        String matters = matterSignedOn(text, clauseStart, verbStart);
        if (matters == null) {
            return List.of();
        }
        List<String> each = java.util.Arrays.stream(listGap.split(matters)).map(String::strip)
                .filter(m -> m.length() >= 2).toList();
        if (each.size() != count) {
            return List.of();
        }
        List<String> names = chineseNames(text, s, mentions, when, clauseStart, on);
        List<String> parties = chineseParties(mentions, s, on, names);
        return each.stream().map(m -> new Telling(new Agreement(AgreementFacts.restored(m), parties, signed, List.of(),
                null, null, null, s.text(), s.index(), names), false)).toList();
    }


    /**
     * 签订项目协议 and 签署的一项“合作框架协议” are agreements, 签约项目 and 签署的文件数量 are not: whether an agreement's noun
     * stands right after the word, or, after 的, past a count, a quote and a few words of its title.
     */
    private boolean modifiesAgreement(String text, int at, int end) {
        if (zhNoun.matcher(text).region(at, end).lookingAt()) {
            return true;
        }
        Matcher lead = modifiedNounLeadIn.matcher(text).region(at, end);
        if (!text.startsWith("的", at - 1) || !lead.lookingAt()) {
            return false;
        }
        Matcher noun = zhNoun.matcher(text).region(lead.end(), Math.min(end, lead.end() + MODIFIED_TITLE_REACH));
        return noun.find() && text.substring(lead.end(), noun.start()).chars().allMatch(Character::isIdeographic);
    }

    private static final int MODIFIED_TITLE_REACH = 12;
    private static final int YEAR_ONLY = 4;

    /** 双方就A、B签署: what the signing is on, after the last 就 of the clause; null when it names none. */
    private static String matterSignedOn(String text, int clauseStart, int verbStart) {
        int on = text.lastIndexOf('就', verbStart);
        if (on < clauseStart) {
            return null;
        }
        String matter = text.substring(on + 1, verbStart).replaceFirst("^(?:有关|关于)", "")
                .replaceFirst("(?:的)?(?:问题|事项)?(?:共同|正式)?$", "").strip();
        return matter.length() >= 2 ? matter : null;
    }

    /** 将于明天签署 / 拟签订: the words after the last name before the verb say it is still to come. */
    private boolean notYetSigned(String text, List<Mention> mentions, Sentence s, int clauseStart, int verbStart) {
        int from = clauseStart;
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && m.end() <= verbStart && m.end() > from) {
                from = m.end();
            }
        }
        return zhNotYet.matcher(text.substring(from, verbStart)).find();
    }

    private boolean isChineseAgreement(String title) {
        String t = title.strip();
        return notAgreements.endings().stream().noneMatch(t::endsWith)
                && notAgreements.containing().stream().noneMatch(t::contains);
    }

    /** Known signatories by entity id, completed by the worded names the gazetteer lacks. */
    private static List<String> chineseParties(List<Mention> mentions, Sentence s, int verbStart, List<String> names) {
        List<String> parties = AgreementFacts.withoutPlacesInsideNames(
                AgreementFacts.parties(mentions, s, verbStart, s.end(), false), mentions, s, names);
        for (String name : names) {
            boolean known = mentions.stream().anyMatch(m -> m.sentence() == s.index()
                    && (name.contains(m.text()) && m.text().length() * 2 >= name.length() || m.text().contains(name)));
            if (!known && !parties.contains(name)) {
                parties.add(name);
            }
        }
        return List.copyOf(parties);
    }

    /** 《…》 titles after the verb that name an agreement. */
    private List<String> bracketTitles(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        int open = text.indexOf('《', from);
        while (open >= 0 && open < to) {
            int close = text.indexOf('》', open);
            if (close < 0 || close > to) {
                break;
            }
            String title = text.substring(open + 1, close);
            if (zhNoun.matcher(title).find()) {
                out.add(title);
            }
            open = text.indexOf('《', close);
            // a list of titles (《A》、《B》和《C》) ends where other words come between them
            if (open >= 0 && !TITLE_LIST_GAP.matcher(text.substring(close + 1, open)).matches()) {
                break;
            }
        }
        return out;
    }

    private static String bracketTitle(String text, int from, int limit) {
        int open = text.indexOf('《', from);
        if (open < 0 || open >= limit) {
            return null;
        }
        int close = text.indexOf('》', open);
        return close < 0 || close > limit + 40 ? null : text.substring(open + 1, close);
    }

    private static String trimTitle(String phrase) {
        String t = phrase.strip();
        while (!t.isEmpty() && "了的《“\"".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1);
        }
        return t.replace("》", "").strip();
    }

    private List<String> chineseFields(String text, Sentence s) {
        Matcher m = zhFields.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            List<String> parts = splitList(m.group(1));
            if (parts.size() >= 2 || m.group().contains("领域")) {
                return parts;
            }
        }
        return List.of();
    }

    private static List<String> splitList(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split("[、,，/]|和|及|与")) {
            String p = part.strip();
            if (!p.isEmpty() && p.length() <= 16) {
                out.add(p);
            }
        }
        return out;
    }

    private static String followingWord(String text, int at, int end, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at) && at + w.length() <= end) {
                return w;
            }
        }
        return null;
    }

    private static boolean followedByAny(String text, int at, int end, List<String> words) {
        return followingWord(text, at, end, words) != null;
    }

    private static String literals(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
