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
    private static final Pattern TITLE_TAIL = Pattern.compile("^\\s+(?:on|for|to)\\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
            + "|mon|tue|wed|thu|fri|sat|sun|the \\d|\\d|this|last|next|yesterday|today)\\w*)[^,.;]*?"
            + "(?=\\s+(?:with|at|in|during|covering|that|which|on)\\b|[,.;]|$)", Pattern.CASE_INSENSITIVE);
    private static final int PROGRESS_REACH = 2;
    private static final Map<String, Integer> ENGLISH_NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("one", 1));

    record Words(List<String> zh, List<String> en) {
    }

    record Data(int version, Words signVerbs, Words nouns, List<String> notAfterVerb, List<String> countUnits,
                Words fieldLeadIns, Words fieldEnds, String itemsPattern, String donePattern,
                String englishItemsPattern, String englishDonePattern) {
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
    }

    public List<Agreement> extract(String text, List<Sentence> sentences, List<Mention> mentions, DateContext dates) {
        boolean english = dates.english();
        List<Agreement> found = new ArrayList<>();
        int lastAgreementSentence = -10;
        for (Sentence s : sentences) {
            List<Agreement> signed = english ? english(text, s, mentions, dates) : chinese(text, s, mentions, dates);
            if (!signed.isEmpty()) {
                found.addAll(signed);
                lastAgreementSentence = s.index();
            }
            if (!found.isEmpty() && s.index() - lastAgreementSentence <= PROGRESS_REACH) {
                Integer itemCount = number(english ? enItems : items, s.text());
                Integer doneCount = number(english ? enDone : done, s.text());
                if (itemCount != null || doneCount != null) {
                    int last = found.size() - 1;
                    found.set(last, found.get(last).withProgress(itemCount, doneCount));
                }
            }
        }
        return deduplicate(withoutHeadline(found, sentences));
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

    private List<Agreement> chinese(String text, Sentence s, List<Mention> mentions, DateContext dates) {
        if (verbs.stream().noneMatch(s.text()::contains)) {
            return List.of();
        }
        Matcher verb = zhVerb.matcher(text).region(s.start(), s.end());
        while (verb.find()) {
            int v = verb.end();
            if (followedByAny(text, v, s.end(), notAfterVerb)) {
                continue;
            }
            int limit = Math.min(s.end(), v + TITLE_REACH);
            List<String> titles = bracketTitles(text, v, s.end());
            if (titles.size() > 1) {
                // 签署了《A协议》和《B备忘录》: one agreement each
                List<String> parties = AgreementFacts.parties(mentions, s, verb.start(), s.end(), false);
                String date = AgreementFacts.signed(s, verb.start(), dates);
                List<String> fields = chineseFields(text, s);
                return titles.stream().map(t -> new Agreement(t, parties, date, fields, null, null, null, s.text(), s.index(), List.of()))
                        .toList();
            }
            Matcher noun = zhNoun.matcher(text).region(v, limit);
            String bracketTitle = bracketTitle(text, v, limit);
            if (!noun.find() && bracketTitle == null) {
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
            if (fields.isEmpty()) {
                fields.addAll(chineseFields(text, s));
            }
            return List.of(new Agreement(title, chineseParties(text, mentions, s, verb.start()),
                    AgreementFacts.signed(s, verb.start(), dates), List.copyOf(fields), count, null, null, s.text(), s.index(), List.of()));
        }
        return List.of();
    }

    /** Known signatories by entity id, completed by the names around 与 that the gazetteer lacks. */
    private static List<String> chineseParties(String text, List<Mention> mentions, Sentence s, int verbStart) {
        List<String> parties = new ArrayList<>(AgreementFacts.parties(mentions, s, verbStart, s.end(), false));
        int clauseStart = s.start();
        for (int i = verbStart - 1; i >= s.start(); i--) {
            if ("，,；;：:".indexOf(text.charAt(i)) >= 0) {
                clauseStart = i + 1;
                break;
            }
        }
        for (String name : AgreementFacts.unnamedParties(text, clauseStart, verbStart)) {
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
        }
        return out;
    }

    private List<Agreement> english(String text, Sentence s, List<Mention> mentions, DateContext dates) {
        Matcher verb = enVerb.matcher(text).region(s.start(), s.end());
        while (verb.find()) {
            Matcher noun = enNoun.matcher(text).region(verb.end(), Math.min(s.end(), verb.end() + 120));
            if (!noun.find()) {
                continue;
            }
            String head = text.substring(verb.end(), noun.start()).trim();
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
            String title = (head + " " + text.substring(noun.start(), noun.end()) + (on.find() ? on.group() : "")).trim();
            List<String> fields = new ArrayList<>();
            Matcher f = enFields.matcher(text).region(noun.end(), s.end());
            if (f.find()) {
                for (String part : f.group(1).split(",\\s*|\\s+and\\s+")) {
                    if (!part.isBlank() && part.length() < 60) {
                        fields.add(part.replaceFirst("^and\\s+", "").trim());
                    }
                }
            }
            return List.of(new Agreement(title, AgreementFacts.parties(mentions, s, verb.start(), s.end(), true), AgreementFacts.signed(s, verb.start(), dates),
                    List.copyOf(fields), count, null, null, s.text(), s.index(), List.of()));
        }
        return List.of();
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
