package org.baytrack.analysis.agreement;

import org.baytrack.analysis.data.DataFiles;
import org.baytrack.analysis.dates.ChineseNumber;
import org.baytrack.analysis.dates.DateContext;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds signed agreements: a signing verb followed by an agreement noun (or a 《title》 it
 * signs), with the parties named before the verb, the date, fields and counts, and progress
 * figures (27个合作事项…已完成5项) from the same or the next sentences.
 */
public final class AgreementExtractor {
    private static final int TITLE_REACH = 60;
    // "agreement on transport" belongs to the title, "agreement on March 3" does not
    private static final Pattern TITLE_TAIL = Pattern.compile("^\\s+(?:on|for|to|of)\\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
            + "|mon|tue|wed|thu|fri|sat|sun|the \\d|\\d|this|last|next|yesterday|today)\\w*)[^,.;]*?"
            + "(?=\\s+(?:with|at|in|during|covering|that|which|on)\\b|[,.;]|$)", Pattern.CASE_INSENSITIVE);
    private static final int PROGRESS_REACH = 2;
    private static final int PASSIVE_REACH = 25;
    private static final Pattern TITLE_LIST_GAP = Pattern.compile("\\s*(?:[、，,]|以及|和|及|与|还有)?\\s*");
    private static final Pattern EN_PASSIVE = Pattern.compile("\\s+(?:was|were|has been|have been|had been|is|are)\\s+(?:\\w+ly\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_ARTICLE = Pattern.compile("(?:^|\\s)(?:the|a|an|this|that|these|\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> ENGLISH_NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("one", 1));

    record Words(List<String> zh, List<String> en) {
    }

    record Data(int version, Words signVerbs, Words nouns, List<String> notAfterVerb, NotAgreements notAgreements,
                Ceremony ceremony, List<String> countUnits, Words fieldLeadIns, Words fieldEnds, String itemsPattern,
                String donePattern, String englishItemsPattern, String englishDonePattern, NotYet notYetSigned,
                Map<String, Integer> relativeDays, PartyWording.Words partyWording, EnglishObject englishObject) {
    }

    record EnglishObject(String notBetween, String nounSign) {
    }

    record NotAgreements(ZhTitles zh, EnTitles en) {
    }

    record ZhTitles(List<String> endings, List<String> containing) {
    }

    record EnTitles(String endings, String containing) {
    }

    record Ceremony(List<String> words, List<String> hosts, List<String> notFor, List<String> cooperation,
                    String titleSuffix) {
    }

    record NotYet(List<String> zh, String en) {
    }

    /** An agreement as read from one sentence; {@code refersBack} when it is "the deal" of a signing told before. */
    private record Found(Agreement agreement, boolean refersBack) {
    }

    private final Pattern zhVerb;
    private final Pattern zhNoun;
    private final Pattern enVerb;
    private final Pattern enNoun;
    private final Pattern zhCount;
    private final Pattern zhFields;
    private final Pattern enFields;
    private final Pattern items;
    private final Pattern done;
    private final Pattern enItems;
    private final Pattern enDone;
    private final List<String> notAfterVerb;
    private final List<String> verbs;
    private final Data data;
    private final PartyWording wording;
    private final Pattern zhNotYet;
    private final Pattern enNotYet;
    private final Pattern enNotAgreementEnd;
    private final Pattern enNotAgreement;
    private final Pattern enNotBetween;
    private final Pattern enNounSign;

    public AgreementExtractor() {
        Data d = DataFiles.read("agreements.yaml", Data.class);
        zhVerb = Pattern.compile(literals(d.signVerbs().zh()));
        zhNoun = Pattern.compile(literals(d.nouns().zh()));
        enVerb = Pattern.compile(String.join("|", d.signVerbs().en()), Pattern.CASE_INSENSITIVE);
        enNoun = Pattern.compile(String.join("|", d.nouns().en()), Pattern.CASE_INSENSITIVE);
        zhCount = Pattern.compile("(?<!\\d)(\\d{1,3}|[一二三四五六七八九十两]{1,3})\\s*(?:" + literals(d.countUnits()) + ")");
        zhFields = Pattern.compile("(?:" + literals(d.fieldLeadIns().zh()) + ")([^，。；,;]{2,120}?)(?:" + literals(d.fieldEnds().zh()) + ")");
        enFields = Pattern.compile("(?:" + String.join("|", d.fieldLeadIns().en()) + ")\\s+([^.;]{3,160}?)(?=[.;]|,? (?:with|at|in|to|and the|which)\\b|$)",
                Pattern.CASE_INSENSITIVE);
        items = Pattern.compile(d.itemsPattern());
        done = Pattern.compile(d.donePattern());
        enItems = Pattern.compile(d.englishItemsPattern(), Pattern.CASE_INSENSITIVE);
        enDone = Pattern.compile(d.englishDonePattern(), Pattern.CASE_INSENSITIVE);
        notAfterVerb = d.notAfterVerb();
        verbs = d.signVerbs().zh();
        data = d;
        wording = new PartyWording(d.partyWording());
        zhNotYet = Pattern.compile(literals(d.notYetSigned().zh()));
        enNotYet = Pattern.compile(d.notYetSigned().en(), Pattern.CASE_INSENSITIVE);
        enNotAgreementEnd = Pattern.compile(d.notAgreements().en().endings(), Pattern.CASE_INSENSITIVE);
        enNotAgreement = Pattern.compile(d.notAgreements().en().containing(), Pattern.CASE_INSENSITIVE);
        enNotBetween = Pattern.compile(d.englishObject().notBetween(), Pattern.CASE_INSENSITIVE);
        enNounSign = Pattern.compile(d.englishObject().nounSign(), Pattern.CASE_INSENSITIVE);
    }

    public List<Agreement> extract(String text, List<Sentence> sentences, List<Mention> mentions, DateContext dates) {
        boolean english = dates.english();
        SigningDate when = new SigningDate(text, sentences, dates, data.relativeDays() == null ? Map.of() : data.relativeDays());
        List<Found> found = new ArrayList<>();
        int lastAgreementSentence = -10;
        for (Sentence s : sentences) {
            List<Found> signed = english ? english(text, s, mentions, when) : chinese(text, s, mentions, when);
            if (!signed.isEmpty()) {
                found.addAll(signed);
                lastAgreementSentence = s.index();
            }
            if (!found.isEmpty() && s.index() - lastAgreementSentence <= PROGRESS_REACH) {
                Integer itemCount = number(english ? enItems : items, s.text());
                Integer doneCount = number(english ? enDone : done, s.text());
                if (itemCount != null || doneCount != null) {
                    int last = found.size() - 1;
                    Found f = found.get(last);
                    found.set(last, new Found(f.agreement().withProgress(itemCount, doneCount), f.refersBack()));
                }
            }
        }
        List<Agreement> all = english ? tellingsMerged(found) : found.stream().map(Found::agreement).toList();
        return deduplicate(withoutHeadline(datedByTitle(all, sentences, when), sentences));
    }

    /**
     * English news tells one signing several times: "signed the Framework Agreement …", then "signed the deal
     * today with …", or a caption and a body on the same day. "The deal" completes the signing told before, and
     * signings of one day are one agreement, with the most specific title and every party named.
     */
    private static List<Agreement> tellingsMerged(List<Found> found) {
        List<Agreement> out = new ArrayList<>();
        for (Found f : found) {
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
    private static List<Agreement> datedByTitle(List<Agreement> all, List<Sentence> sentences, SigningDate when) {
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

    /** A headline ("两市签署合作协议") repeats the body; it counts only when the body names no agreement. */
    private static List<Agreement> withoutHeadline(List<Agreement> found, List<Sentence> sentences) {
        boolean bodyHasOne = found.stream().anyMatch(a -> a.sentence() > 0);
        if (!bodyHasOne || sentences.isEmpty() || !isHeadline(sentences.get(0))) {
            return found;
        }
        return found.stream().filter(a -> a.sentence() > 0).toList();
    }

    private static boolean isHeadline(Sentence s) {
        return s.text().length() <= 40 && !s.text().endsWith("。") && !s.text().endsWith(".");
    }

    private List<Found> chinese(String text, Sentence s, List<Mention> mentions, SigningDate when) {
        if (verbs.stream().noneMatch(s.text()::contains)) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        int told = s.start();
        Matcher verb = zhVerb.matcher(text).region(s.start(), s.end());
        while (verb.find()) {
            int v = verb.end();
            // one signing per clause: 签署了《A》，并签署了《B》 tells two, 签约仪式上签署 one
            if (verb.start() < told) {
                continue;
            }
            int clauseStart = clauseStart(text, s, verb.start());
            if (notYetSigned(text, mentions, s, clauseStart, verb.start())) {
                continue;
            }
            Found ceremony = ceremony(text, s, mentions, when, clauseStart, verb.start(), v);
            if (ceremony != null) {
                out.add(ceremony);
                told = clauseEnd(text, v, s.end());
                continue;
            }
            if (followedByAny(text, v, s.end(), notAfterVerb)) {
                continue;
            }
            SigningDate.Reading date = when.signed(s, verb.start());
            if (date.ahead()) {
                continue;
            }
            List<String> names = chineseNames(text, s, when, clauseStart, verb.start());
            int limit = Math.min(s.end(), v + TITLE_REACH);
            List<String> titles = bracketTitles(text, v, s.end()).stream().filter(this::isChineseAgreement).toList();
            if (titles.size() > 1) {
                // 签署了《A协议》和《B备忘录》: one agreement each
                List<String> parties = AgreementFacts.parties(mentions, s, verb.start(), s.end(), false);
                List<String> fields = chineseFields(text, s);
                titles.forEach(t -> out.add(new Found(new Agreement(t, parties, date.iso(), fields, null, null, null,
                        s.text(), s.index(), names), false)));
                told = Math.max(clauseEnd(text, v, s.end()),
                        text.indexOf('》', text.lastIndexOf('《' + titles.get(titles.size() - 1))) + 1);
                continue;
            }
            Matcher noun = zhNoun.matcher(text).region(v, Math.min(limit, clauseEnd(text, v, s.end())));
            String bracketTitle = bracketTitle(text, v, limit);
            if (!noun.find() && bracketTitle == null) {
                Found passive = titledBefore(text, s, mentions, when, clauseStart, verb.start(), v);
                if (passive != null) {
                    out.add(passive);
                    told = clauseEnd(text, v, s.end());
                }
                continue;
            }
            int nounEnd = bracketTitle != null ? text.indexOf('》', v) + 1 : noun.end();
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
            if (fields.isEmpty()) {
                fields.addAll(chineseFields(text, s));
            }
            out.add(new Found(new Agreement(title, chineseParties(mentions, s, verb.start(), names), date.iso(),
                    List.copyOf(fields), count, null, null, s.text(), s.index(), names), false));
            told = Math.max(clauseEnd(text, v, s.end()), nounEnd);
        }
        return out;
    }

    /**
     * A与B(在市政府)举行战略合作签约仪式, A与B进行战略合作签约: the parties hold the signing of their agreement. A
     * ceremony for projects or an investment list (项目签约仪式) is none, and so is one nobody is named holding.
     */
    private Found ceremony(String text, Sentence s, List<Mention> mentions, SigningDate when, int clauseStart,
                           int verbStart, int verbEnd) {
        Ceremony c = data.ceremony();
        boolean ceremonyAfter = followedByAny(text, verbEnd, s.end(), c.words());
        String clause = text.substring(clauseStart, verbStart);
        int hostEnd = -1;
        for (String host : c.hosts()) {
            int at = clause.lastIndexOf(host);
            if (at >= 0) {
                hostEnd = Math.max(hostEnd, at + host.length());
            }
        }
        boolean cooperation = c.cooperation().stream().anyMatch(clause::endsWith);
        if (!(ceremonyAfter && hostEnd >= 0) && !cooperation) {
            return null;
        }
        List<String> names = chineseNames(text, s, when, clauseStart, verbStart);
        if (names.size() < 2) {
            return null;
        }
        int modifierStart = Math.max(hostEnd, 0);
        String last = names.get(names.size() - 1);
        int lastAt = clause.lastIndexOf(last);
        if (hostEnd < 0 && lastAt >= 0) {
            modifierStart = lastAt + last.length();
        }
        String modifier = clause.substring(modifierStart).replaceAll("^[了一场次的]+", "").strip();
        if (c.notFor().stream().anyMatch(modifier::contains) || modifier.length() > 20) {
            return null;
        }
        SigningDate.Reading date = when.signed(s, verbStart);
        if (date.ahead()) {
            return null;
        }
        String title = zhNoun.matcher(modifier).find() ? modifier : modifier + c.titleSuffix();
        return new Found(new Agreement(title, chineseParties(mentions, s, verbStart, names), date.iso(),
                chineseFields(text, s), null, null, null, s.text(), s.index(), names), false);
    }

    /**
     * 《…协议》于7月1日在香港签署 / 由A与B共同签订: the title stands before the verb, which ends its clause; the
     * parties come before the title. 《…》的签署 is the signing spoken of, not told.
     */
    private Found titledBefore(String text, Sentence s, List<Mention> mentions, SigningDate when, int clauseStart,
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
        List<String> names = chineseNames(text, s, when, namesStart, open);
        return new Found(new Agreement(title, chineseParties(mentions, s, open, names), date.iso(), chineseFields(text, s),
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

    private static int clauseStart(String text, Sentence s, int verbStart) {
        for (int i = verbStart - 1; i >= s.start(); i--) {
            if ("，,；;：:".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return s.start();
    }

    private List<String> chineseNames(String text, Sentence s, SigningDate when, int clauseStart, int verbStart) {
        List<int[]> spans = new ArrayList<>();
        for (var e : when.in(s)) {
            if (e.end() > clauseStart && e.start() < verbStart) {
                spans.add(new int[] {Math.max(0, e.start() - clauseStart), Math.min(verbStart, e.end()) - clauseStart});
            }
        }
        return wording.chinese(text.substring(clauseStart, verbStart), spans);
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
        return data.notAgreements().zh().endings().stream().noneMatch(t::endsWith)
                && data.notAgreements().zh().containing().stream().noneMatch(t::contains);
    }

    /** Known signatories by entity id, completed by the worded names the gazetteer lacks. */
    private static List<String> chineseParties(List<Mention> mentions, Sentence s, int verbStart, List<String> names) {
        List<String> parties = new ArrayList<>(AgreementFacts.parties(mentions, s, verbStart, s.end(), false));
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

    private List<Found> english(String text, Sentence s, List<Mention> mentions, SigningDate when) {
        Matcher verb = enVerb.matcher(text).region(s.start(), s.end());
        while (verb.find()) {
            String verbWord = verb.group().toLowerCase(Locale.ROOT);
            if ((verbWord.equals("sign") || verbWord.equals("signs"))
                    && enNounSign.matcher(text.substring(Math.max(s.start(), verb.start() - 12), verb.start())).find()) {
                continue;
            }
            Matcher noun = enNoun.matcher(text).region(verb.end(), Math.min(s.end(), verb.end() + 120));
            if (!noun.find()) {
                Found passive = englishPassive(text, s, mentions, when, verb.start(), verb.end());
                if (passive != null) {
                    return List.of(passive);
                }
                continue;
            }
            String head = text.substring(verb.end(), noun.start()).trim();
            // the noun must be the verb's object: "After the signing, … the arrangement" is another clause
            if (head.matches(".*[,;:.!?“”\"].*") || head.split("\\s+").length > 10 || enNotBetween.matcher(head).find()
                    || enNotYet.matcher(text.substring(s.start(), verb.start())).find()) {
                continue;
            }
            boolean refersBack = head.equalsIgnoreCase("the") || head.equalsIgnoreCase("this") || head.equalsIgnoreCase("that");
            Integer count = null;
            String[] words = head.split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                String w = words[0].toLowerCase(Locale.ROOT);
                count = w.matches("\\d{1,3}") ? Integer.valueOf(w) : ENGLISH_NUMBERS.get(w);
                if (count != null || w.equals("the") || w.equals("a") || w.equals("an")) {
                    head = head.substring(words[0].length()).trim();
                }
            }
            String tail = text.substring(noun.end(), Math.min(s.end(), noun.end() + 80));
            Matcher on = TITLE_TAIL.matcher(tail);
            boolean tailed = on.find();
            String title = (head + " " + text.substring(noun.start(), noun.end()) + (tailed ? on.group() : "")).trim()
                    .replaceFirst("^(?i:deals?|agreements?) of (?=\\p{Lu})", "");
            if (enNotAgreement.matcher(title).find() || enNotAgreementEnd.matcher(title).find()) {
                continue;
            }
            SigningDate.Reading date = when.signed(s, verb.start());
            if (date.ahead()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            Matcher f = enFields.matcher(text).region(noun.end(), s.end());
            if (f.find()) {
                for (String part : f.group(1).split(",\\s*|\\s+and\\s+")) {
                    if (!part.isBlank() && part.length() < 60) {
                        fields.add(part.replaceFirst("^and\\s+", "").trim());
                    }
                }
            }
            List<String> names = wording.english(s.text(), verb.start() - s.start(), verb.end() - s.start());
            return List.of(new Found(new Agreement(title, AgreementFacts.parties(mentions, s, verb.start(), s.end(), true),
                    date.iso(), List.copyOf(fields), count, null, null, s.text(), s.index(), names),
                    refersBack && !tailed));
        }
        return List.of();
    }

    /** "A memorandum on … was signed by A and B on Monday": the agreement stands before the verb. */
    private Found englishPassive(String text, Sentence s, List<Mention> mentions, SigningDate when, int verbStart,
                                 int verbEnd) {
        String before = text.substring(s.start(), verbStart);
        Matcher aux = EN_PASSIVE.matcher(before);
        if (!aux.find() || enNotYet.matcher(before).find()) {
            return null;
        }
        String subject = before.substring(0, aux.start());
        int clause = Math.max(subject.lastIndexOf(','), subject.lastIndexOf(';')) + 1;
        Matcher noun = enNoun.matcher(subject).region(clause, subject.length());
        int nounStart = -1;
        while (noun.find()) {
            nounStart = noun.start();
        }
        if (nounStart < 0) {
            return null;
        }
        Matcher article = EN_ARTICLE.matcher(subject).region(clause, nounStart);
        int titleStart = clause;
        boolean definite = false;
        while (article.find()) {
            titleStart = article.end();
            definite = article.group().strip().matches("(?i)the|this|that|these");
        }
        String title = subject.substring(titleStart).strip();
        if (title.isEmpty() || enNotAgreement.matcher(title).find() || enNotAgreementEnd.matcher(title).find()) {
            return null;
        }
        SigningDate.Reading date = when.signed(s, verbStart);
        if (date.ahead()) {
            return null;
        }
        List<String> names = wording.englishAgents(s.text().substring(verbEnd - s.start()));
        return new Found(new Agreement(title, AgreementFacts.parties(mentions, s, verbStart, s.end(), true), date.iso(),
                List.of(), null, null, null, s.text(), s.index(), names), definite);
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

    private static boolean followedByAny(String text, int at, int end, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at) && at + w.length() <= end) {
                return true;
            }
        }
        return false;
    }

    private static Integer number(Pattern p, String sentence) {
        Matcher m = p.matcher(sentence);
        return m.find() ? ChineseNumber.parse(m.group(1).replace('两', '二')) : null;
    }

    /**
     * Same title and date is one agreement; a generic title (a headline's 合作协议) that a more
     * specific one in the same document contains is that one told again.
     */
    private static List<Agreement> deduplicate(List<Agreement> all) {
        Map<String, Agreement> byKey = new LinkedHashMap<>();
        for (Agreement a : all) {
            byKey.merge(a.title() + "|" + a.signed(), a, (x, y) -> x.withProgress(y.items(), y.done()));
        }
        List<Agreement> out = new ArrayList<>();
        for (Agreement a : byKey.values()) {
            boolean retold = byKey.values().stream().anyMatch(o -> o != a && o.title().length() > a.title().length()
                    && o.title().contains(a.title()) && (a.signed() == null || a.signed().equals(o.signed())));
            if (!retold) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    private static String literals(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
