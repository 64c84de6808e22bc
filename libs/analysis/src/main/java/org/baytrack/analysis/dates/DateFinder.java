package org.baytrack.analysis.dates;

import org.baytrack.events.vocabulary.Precision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds time expressions in Chinese and English text. Absolute dates are fixed here; relative
 * ones ("明年年底", "on March 3", "next year") are resolved later against the publication date.
 */
public final class DateFinder {
    private static final String ZH_MONTH = "\\d{1,2}|十[一二]?|[一二三四五六七八九]";
    private static final String ZH_DAY_WORD = "廿[一二三四五六七八九]?|卅一?|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
    private static final String ZH_DAY = "\\d{1,2}|" + ZH_DAY_WORD;
    private static final String ISO = "(?<![\\d.])(?<iy>(?:19|20)\\d{2})(?:[-/](?<im>\\d{1,2})(?:[-/](?<id>\\d{1,2}))?"
            + "|\\.(?<im2>\\d{1,2})\\.(?<id2>\\d{1,2}))(?![\\d.])";

    private final DateWords words;
    /** The chars a number or a relative day begins with. */
    private static final String NUMBER_LEADS = "0123456789〇零一二两三四五六七八九十廿卅前昨今明";
    /** Every char a time expression can begin with: these and the first chars of the words below. */
    private final StringBuilder leads = new StringBuilder(NUMBER_LEADS);
    /** The words beginning with each char that begins an expression only as a word (上月, 本月, 近日, 国庆). */
    private final Map<Character, List<String>> leadWords = new HashMap<>();
    private final Pattern chinese;
    /**
     * The leads as a table, NUMBER or WORD (those only a word of the lists begins with): the Chinese pattern is tried
     * only where they let an expression begin, as a regex class of many CJK chars would test them one by one.
     */
    private final byte[] leadTable = new byte[Character.MAX_VALUE + 1];
    private static final byte NUMBER = 1;
    private static final byte WORD = 2;
    private final Pattern english;

    public DateFinder() {
        words = DateWords.load();
        String relYears = alternation(words.relativeYears().keySet());
        String same = alternation(words.sameYearWords());
        String relDays = alternation(words.relativeDays().keySet());
        String relMonths = alternation(words.relativeMonths().keySet());
        String weekdays = alternation(words.weekdays().keySet());
        // parts of a year or month only ever follow one, so they begin no expression
        String parts = inner(words.yearParts().keySet());
        String longParts = alternation(words.yearParts().keySet().stream().filter(p -> isChinese(p) && p.length() >= 2).toList());
        String monthParts = inner(words.monthParts());
        String recent = alternation(words.recentDays());
        String nextDays = alternation(words.daysAfterPrevious().keySet());
        String today = alternation(words.timesOfToday());
        String reportYearParts = alternation(words.partsOfTheReportYear().keySet());
        String dayFollowers = inner(words.chineseDayFollowers());
        chinese = Pattern.compile("(?:" + ISO
                + "|(?:(?<y>\\d{4}|(?=[一二][〇零OＯ○一二三四五六七八九]{3})[〇零OＯ○一二三四五六七八九]{4})(?:\\s*年|(?=[上下]半年))|(?<![\\d一二三四五六七八九十几两多])(?:(?<rel>" + relYears + ")|(?<same>" + same + ")))"
                + "(?:\\s*(?<m>" + ZH_MONTH + ")\\s*月(?:" + monthParts + ")?(?:\\s*(?<d>" + ZH_DAY + ")\\s*[日号])?"
                + "|(?<part>" + parts + "))?"
                + "|(?<![\\d.])(?<m2>" + ZH_MONTH + ")\\s*月(?:" + monthParts + ")?(?:\\s*(?<d2>" + ZH_DAY + ")\\s*[日号])?"
                + "|(?<![\\d一二三四五六七八九十几两多])(?<part2>" + longParts + ")"
                // 预计5年后完工: the year that many years after the reference date
                + "|(?<![\\d.一二两三四五六七八九十几多])(?<ahead>\\d{1,2}|[一二两三四五六七八九十]{1,2})\\s*年(?:之)?后(?!的)"
                // 两个月前签署, 3年前开通, 三天前: the month, year or day that many before the reference date
                + "|(?<![\\d.一二两三四五六七八九十几多])(?<back>\\d{1,2}|[一二两三四五六七八九十]{1,2})\\s*(?<backUnit>年|个月|天)(?:之)?前(?!的)"
                + "|(?<![\\d.月号])(?<d3>\\d{1,2})\\s*日(?!\\d(?!\\d?\\s*[时点]))"
                // wire style 十七日在珠海召开: a day in Chinese numerals, only before what opens a clause's event
                + "|(?<![\\d〇零一二三四五六七八九十月年号第每几数两前后近这那今明昨])(?<d5>" + ZH_DAY_WORD + ")日(?=" + dayFollowers + ")"
                // 前(1)日, 昨(14)日, 今 (18日), 今午（3日）: a relative day with the day of the month in brackets
                + "|[前昨今明][午晨早晚]?\\s*[(（]\\s*(?<d4>\\d{1,2})\\s*(?:[)）]\\s*日|日\\s*[)）])"
                + "|(?<rd>" + relDays + ")"
                + "|(?<![日号天晚早午\\d一二三四五六七末)）])(?<tod>" + today + ")"
                // headline style without 年 (屯门南延线料2030落成): a bare year after a word of time, before a verb
                + "|(?<=[\\u4e00-\\u9fff])(?<by>(?:19|20)\\d{2})(?=[\\u4e00-\\u9fff])"
                + "(?![年月日号万亿元公米吨个多名人辆次座家条项余份平千届期])"
                + "|(?<rm>" + relMonths + ")(?:" + monthParts + "|\\s*(?<rmd>" + ZH_DAY + ")\\s*[日号])?"
                + "|(?<wd>" + weekdays + ")"
                + "|(?<rec>" + recent + ")"
                + "|(?<nd>" + nextDays + "))");
        leads.chars().forEach(c -> leadTable[c] = WORD);
        NUMBER_LEADS.chars().forEach(c -> leadTable[c] = NUMBER);
        String month = words.englishMonths().stream()
                .map(m -> m.substring(0, 3) + "(?:" + m.substring(3) + (m.equals("september") ? "|t" : "") + ")?")
                .collect(Collectors.joining("|"));
        String numbers = alternation(words.englishNumbers().keySet());
        english = Pattern.compile("(?=\\b" + englishLeads(words) + "|\\d)(?:" + ISO
                // "May 3, 2021", "May 3 last year"
                + "|\\b(?<em>" + month + ")\\.?\\s+(?<ed>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<ey>(?:19|20)\\d{2})\\b"
                + "|\\s+(?<erel6>" + relYears + ")\\b)?"
                // "28 November 2024", "28-Nov-2024"; "November 2024", "Nov-2024", "August in 2016"
                + "|\\b(?<ed2>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?<em2>" + month + ")\\b\\.?(?:(?:,?\\s+|-)(?<ey2>(?:19|20)\\d{2})\\b"
                + "|\\s+(?<erel7>" + relYears + ")\\b)?"
                + "|\\b(?<em3>" + month + ")\\b\\.?(?:,?\\s+|-|\\s+(?:in|of)\\s+)(?<ey3>(?:19|20)\\d{2})\\b"
                // "this June", "next June": the month of this or the next year
                + "|\\b(?<erel5>this|next)\\s+(?<em5>" + month + ")\\b(?![ .,-]*(?:(?:in|of)\\s+)?\\d)"
                // "in June", "by the end of June", "last June": the month's last occurrence in a report, next in a forecast;
                // "in October last year": that year's
                + "|\\b(?:in|since|by|until|from|early|late|mid-?|last|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)\\s+(?<em4>" + month + ")\\b"
                + "(?:,?\\s+(?:of\\s+)?(?<erel8>" + relYears + ")\\b|(?![ .,-]*(?:(?:in|of)\\s+)?\\d))"
                + "|\\b(?<epart>" + parts + ")[”\"’']?\\s*(?:of\\s+)?(?:(?<ey4>(?:19|20)\\d{2})\\b|(?<erel4>" + relYears + ")\\b)"
                + "|\\b(?<eown>" + reportYearParts + ")\\b"
                // "in a year's time", "in two years' time": that many years after the reference date
                + "|\\bin\\s+(?:hopefully\\s+|about\\s+|around\\s+|roughly\\s+)?(?<eahead>\\d{1,2}|" + numbers
                + ")\\s+(?:year['’]s|years['’]?)\\s+time\\b"
                // "two months ago", "3 years ago", "two days ago"
                + "|\\b(?<eback>\\d{1,2}|" + numbers + ")\\s+(?<ebackUnit>years?|months?|days?)\\s+ago\\b"
                + "|\\b(?<erel>" + relYears + ")\\b"
                + "|\\b(?<esame>" + same + ")\\b"
                + "|\\b(?<ey6>(?:19|20)\\d{2})\\b(?![-/]\\d)"
                + "|\\b(?<erd>" + relDays + ")\\b"
                + "|\\b(?<erm>" + relMonths + ")\\b"
                + "|\\b(?<ewd>" + weekdays + ")\\b"
                + "|\\b(?<erec>" + recent + ")\\b"
                + "|\\b(?<enx>" + nextDays + ")\\b)", Pattern.CASE_INSENSITIVE);
    }

    /** Words pointing at the day of the event a report is about (会后, 当天, 仪式上). */
    public List<String> eventDays() {
        return words.eventDays();
    }

    /** 同比去年同期, 较2019年: a time a figure is compared with, never the time of an event. */
    boolean comparedWith(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String before = text.substring(Math.max(0, end - 2), end);
        return words.comparisons().stream().anyMatch(before::endsWith);
    }

    /** ，也就是 / ，即 between a day and "today": the two name one day. */
    boolean namesTheSameDay(String between) {
        String joiner = between.replaceAll("[\\s,，、(（)）]", "");
        return words.sameDayJoiners().contains(joiner);
    }

    List<String> reportingWords() {
        return words.reportingWords();
    }

    public List<TimeExpression> find(String text, int from, int to, boolean englishText) {
        return englishText ? findEnglish(text, from, to) : findChinese(text, from, to);
    }

    private List<TimeExpression> findEnglish(String text, int from, int to) {
        Matcher m = english.matcher(text).region(from, to);
        List<TimeExpression> out = new ArrayList<>();
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            TimeExpression e = english(m);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * What find does, trying the pattern only where an expression can begin. The stretch is cut out so that
     * the text beyond it stays out of sight of the pattern's look-arounds, as it does for a region.
     */
    private List<TimeExpression> findChinese(String text, int from, int to) {
        String stretch = text.substring(from, to);
        Matcher m = chinese.matcher(stretch).useTransparentBounds(true);
        List<TimeExpression> out = new ArrayList<>();
        int at = 0;
        while (at < stretch.length()) {
            byte lead = leadTable[stretch.charAt(at)];
            if (lead == 0 || lead == WORD && !wordAt(stretch, at)) {
                at++;
                continue;
            }
            m.region(at, stretch.length());
            if (!m.lookingAt() || m.end() == m.start()) {
                at++;
                continue;
            }
            TimeExpression e = chinese(m);
            if (e != null) {
                out.add(e.shifted(from));
            }
            at = m.end();
        }
        return out;
    }

    private TimeExpression iso(Matcher m) {
        int y = Integer.parseInt(m.group("iy"));
        String month = m.group("im") != null ? m.group("im") : m.group("im2");
        String day = m.group("id") != null ? m.group("id") : m.group("id2");
        if (month == null) {
            return null;
        }
        int mm = Integer.parseInt(month);
        int dd = day == null ? 0 : Integer.parseInt(day);
        if (mm < 1 || mm > 12) {
            return null;
        }
        return new TimeExpression(m.start(), m.end(), y, null, false, mm, dd, null, dd > 0 ? Precision.DAY : Precision.MONTH);
    }

    private TimeExpression chinese(Matcher m) {
        if (m.group("iy") != null) {
            return iso(m);
        }
        if (m.group("by") != null) {
            return new TimeExpression(m.start(), m.end(), Integer.valueOf(m.group("by")), null, false, 0, 0, null, Precision.YEAR);
        }
        if (m.group("nd") != null) {
            return TimeExpression.dayAfterPrevious(m.start(), m.end(), words.daysAfterPrevious().get(m.group("nd")));
        }
        if (m.group("rec") != null) {
            return TimeExpression.relativeMonth(m.start(), m.end(), 0);
        }
        if (m.group("wd") != null) {
            return TimeExpression.weekday(m.start(), m.end(), words.weekdays().get(m.group("wd")));
        }
        if (m.group("rm") != null) {
            return TimeExpression.relativeMonth(m.start(), m.end(), words.relativeMonths().get(m.group("rm")),
                    m.group("rmd") == null ? 0 : ChineseNumber.parse(m.group("rmd")));
        }
        if (m.group("rd") != null) {
            return new TimeExpression(m.start(), m.end(), null, null, false, 0, 0, words.relativeDays().get(m.group("rd")), Precision.DAY);
        }
        if (m.group("tod") != null) {
            return TimeExpression.timeOfDay(m.start(), m.end());
        }
        String dayOnly = m.group("d3") != null ? m.group("d3") : m.group("d5");
        if (dayOnly != null) {
            return new TimeExpression(m.start(), m.end(), null, null, false, 0, ChineseNumber.parse(dayOnly), null, Precision.DAY);
        }
        if (m.group("back") != null) {
            return countedBack(m, ChineseNumber.parse(m.group("back").replace('两', '二')), switch (m.group("backUnit")) {
                case "年" -> Precision.YEAR;
                case "天" -> Precision.DAY;
                default -> Precision.MONTH;
            });
        }
        if (m.group("ahead") != null) {
            int years = ChineseNumber.parse(m.group("ahead").replace('两', '二'));
            return years == 0 ? null : new TimeExpression(m.start(), m.end(), null, years, false, 0, 0, null, Precision.YEAR);
        }
        if (m.group("d4") != null) {
            return new TimeExpression(m.start(), m.end(), null, null, false, 0, Integer.parseInt(m.group("d4")), null, Precision.DAY);
        }
        if (m.group("part2") != null) {
            DateWords.YearPart part = words.yearParts().get(m.group("part2"));
            return new TimeExpression(m.start(), m.end(), null, 0, false, part.month(), 0, null, part.precision());
        }
        Integer year = m.group("y") == null ? null : ChineseNumber.parseYear(m.group("y"));
        Integer offset = m.group("rel") == null ? null : words.relativeYears().get(m.group("rel"));
        boolean same = m.group("same") != null;
        String month = m.group("m") != null ? m.group("m") : m.group("m2");
        String day = m.group("m") != null ? m.group("d") : m.group("d2");
        return build(m, year, offset, same, month, day, m.group("part"));
    }

    private TimeExpression english(Matcher m) {
        if (m.group("iy") != null) {
            return iso(m);
        }
        if (m.group("enx") != null) {
            return TimeExpression.dayAfterPrevious(m.start(), m.end(),
                    words.daysAfterPrevious().get(m.group("enx").toLowerCase(Locale.ROOT)));
        }
        if (m.group("erec") != null) {
            return TimeExpression.relativeMonth(m.start(), m.end(), 0);
        }
        if (m.group("ewd") != null) {
            return TimeExpression.weekday(m.start(), m.end(), words.weekdays().get(m.group("ewd").toLowerCase(Locale.ROOT)));
        }
        if (m.group("eahead") != null) {
            int count = englishCount(m.group("eahead"));
            return count == 0 ? null : new TimeExpression(m.start(), m.end(), null, count, false, 0, 0, null, Precision.YEAR);
        }
        if (m.group("eback") != null) {
            int count = englishCount(m.group("eback"));
            String unit = m.group("ebackUnit").toLowerCase(Locale.ROOT);
            return countedBack(m, count, unit.startsWith("year") ? Precision.YEAR : unit.startsWith("day") ? Precision.DAY
                    : Precision.MONTH);
        }
        if (m.group("erm") != null) {
            return TimeExpression.relativeMonth(m.start(), m.end(), words.relativeMonths().get(m.group("erm").toLowerCase(Locale.ROOT)));
        }
        if (m.group("eown") != null) {
            DateWords.YearPart part = words.partsOfTheReportYear().get(m.group("eown").toLowerCase(Locale.ROOT));
            return new TimeExpression(m.start(), m.end(), null, 0, false, part.month(), 0, null, part.precision());
        }
        if (m.group("erd") != null) {
            return new TimeExpression(m.start(), m.end(), null, null, false, 0, 0,
                    words.relativeDays().get(m.group("erd").toLowerCase(Locale.ROOT)), Precision.DAY);
        }
        String month = first(m, "em", "em2", "em3", "em4", "em5");
        String day = first(m, "ed", "ed2");
        String year = first(m, "ey", "ey2", "ey3", "ey4", "ey6");
        String rel = first(m, "erel4", "erel", "erel6", "erel7", "erel8");
        Integer offset = rel == null ? null : words.relativeYears().get(rel.toLowerCase(Locale.ROOT));
        if (m.group("erel5") != null) {
            offset = "next".equalsIgnoreCase(m.group("erel5")) ? 1 : 0;
        }
        Integer monthNumber = month == null ? null : EnglishMonths.number(month);
        return build(m, year == null ? null : Integer.valueOf(year), offset, m.group("esame") != null,
                monthNumber == null ? null : monthNumber.toString(), day, m.group("epart"));
    }

    /** "3" or "three": a count written as digits or spelled out. */
    private int englishCount(String written) {
        String n = written.toLowerCase(Locale.ROOT);
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : words.englishNumbers().get(n);
    }

    private static TimeExpression countedBack(Matcher m, int count, Precision unit) {
        if (count == 0) {
            return null;
        }
        return switch (unit) {
            case YEAR -> new TimeExpression(m.start(), m.end(), null, -count, false, 0, 0, null, Precision.YEAR);
            case DAY -> new TimeExpression(m.start(), m.end(), null, null, false, 0, 0, -count, Precision.DAY);
            default -> TimeExpression.relativeMonth(m.start(), m.end(), -count);
        };
    }

    private TimeExpression build(Matcher m, Integer year, Integer offset, boolean same, String month, String day, String part) {
        int mm = month == null ? 0 : ChineseNumber.parse(month);
        int dd = day == null ? 0 : ChineseNumber.parse(day);
        Precision precision = dd > 0 ? Precision.DAY : mm > 0 ? Precision.MONTH : Precision.YEAR;
        if (part != null) {
            DateWords.YearPart p = words.yearParts().get(part.toLowerCase(Locale.ROOT));
            mm = p.month();
            precision = p.precision();
        }
        if (mm < 0 || mm > 12) {
            return null;
        }
        return new TimeExpression(m.start(), m.end(), year, offset, same, mm, dd, null, precision);
    }


    private static String first(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static boolean isChinese(String s) {
        return !s.isEmpty() && s.charAt(0) > 0x2E80;
    }

    /**
     * The letters an English expression can begin with (case aside): those of the words above, of year parts and
     * months, and of the prepositions the pattern spells out. Most words of a text begin with another letter and
     * cost the pattern one class test.
     */
    private String englishLeads(DateWords w) {
        StringBuilder letters = new StringBuilder("tnisbuflme");
        leads.chars().forEach(c -> letters.append((char) c));
        w.yearParts().keySet().forEach(p -> letters.append(p.isEmpty() ? 'a' : p.charAt(0)));
        w.englishMonths().forEach(m -> letters.append(m.charAt(0)));
        w.englishNumbers().keySet().forEach(n -> letters.append(n.charAt(0)));
        return letters.toString().toLowerCase(Locale.ROOT).chars().filter(c -> c >= 'a' && c <= 'z').distinct().sorted()
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("", "[", "]"));
    }

    /** The words longest first, as words that follow another part of an expression. */
    private static String inner(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** The words longest first, as words an expression may begin with. */
    private String alternation(java.util.Collection<String> words) {
        words.stream().filter(w -> !w.isEmpty()).forEach(w -> {
            leads.append(w.charAt(0));
            leadWords.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        });
        return inner(words);
    }

    private boolean wordAt(String text, int at) {
        for (String w : leadWords.get(text.charAt(at))) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    static Map<String, Integer> relativeYears(DateWords w) {
        return w.relativeYears();
    }
}
