package org.baytrack.analysis.dates;

import org.baytrack.analysis.sentence.Headlines;
import org.baytrack.analysis.sentence.Sentence;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;

/**
 * Time expressions of one document, found per sentence on demand (only sentences that make a
 * claim need them) and resolved against the publication date.
 */
public final class DateContext {
    private static final int TOPIC_REACH = 6;
    // sentences back that a paragraph's opening date still dates
    private static final int CARRY_REACH = 3;
    // how long a line a phone layout breaks a sentence into may be
    private static final int PHRASE_LINE = 16;
    // sentences back that 会上/当天 look for the day of their event
    private static final int EVENT_REACH = 12;
    // characters between a weekday and the day it names: "(", ", ", "）"
    private static final int BESIDE = 3;
    // a page stamped a day or two before the event it reports (time zones, night editions) is no forecast
    private static final int AHEAD_SLACK_DAYS = 2;
    /** How far ahead a day of this month or the next may lie and still be this year's, told ahead. */
    private static final int SOON_DAYS = 45;
    private final DateFinder finder;
    private final String text;
    private final boolean english;
    private final LocalDate anchor;
    private final Dateline dateline;
    private final List<Sentence> sentences;
    private final Map<Integer, List<TimeExpression>> cache = new HashMap<>();

    /**
     * @param published the page's date, or null
     * @param dateline  the report's dateline, or null; its day wins over the page's date, and it is no event itself
     */
    public DateContext(DateFinder finder, String text, boolean english, LocalDate published, Dateline dateline,
                       List<Sentence> sentences) {
        this.finder = finder;
        this.text = text;
        this.english = english;
        this.anchor = dateline != null && dateline.date() != null ? dateline.date() : published;
        this.dateline = dateline;
        this.sentences = sentences;
    }

    public boolean english() {
        return english;
    }

    /** Inside the dateline ("新华社珠海3月28日电"): where a report was filed, neither an event nor a party to one. */
    public boolean inDateline(int at) {
        return dateline != null && at >= dateline.start() && at < dateline.end();
    }

    /** Where the stretch from this point on starts once past a dateline ending inside it (新华社广州3月1日电 A与B…). */
    public int pastDateline(int from, int to) {
        return dateline != null && dateline.end() > from && dateline.end() <= to ? dateline.end() : from;
    }

    public List<TimeExpression> in(Sentence s) {
        return cache.computeIfAbsent(s.index(), i -> withoutTodayNamingADay(withoutWeekdaysBesideDays(
                finder.find(text, s.start(), s.end(), english).stream()
                        .filter(e -> dateline == null || e.end() <= dateline.start() || e.start() >= dateline.end())
                        .filter(e -> !finder.comparedWith(text, e.start()))
                        .toList())));
    }

    /** 7月5日，也就是今天，…: the day told names the report's "today", so the explicit day stands alone. */
    private List<TimeExpression> withoutTodayNamingADay(List<TimeExpression> found) {
        List<TimeExpression> out = new ArrayList<>(found.size());
        for (TimeExpression e : found) {
            TimeExpression before = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean naming = before != null && e.dayOffset() != null && e.dayOffset() == 0 && before.day() > 0
                    && before.namesItsMonth() && finder.namesTheSameDay(text.substring(before.end(), e.start()));
            if (!naming) {
                out.add(e);
            }
        }
        return out;
    }

    /** 周三(11日), "Tuesday, Dec. 11": the explicit day wins over the weekday beside it, and stands where both do. */
    private List<TimeExpression> withoutWeekdaysBesideDays(List<TimeExpression> found) {
        List<TimeExpression> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            TimeExpression e = found.get(i);
            if (e.weekday() != null && i + 1 < found.size() && isDay(found.get(i + 1))
                    && found.get(i + 1).start() - e.end() <= BESIDE) {
                out.add(spanning(found.get(i + 1), e.start(), found.get(i + 1).end()));
                i++;
            } else if (e.weekday() != null && !out.isEmpty() && isDay(out.get(out.size() - 1))
                    && e.start() - out.get(out.size() - 1).end() <= BESIDE) {
                TimeExpression day = out.remove(out.size() - 1);
                out.add(spanning(day, day.start(), e.end()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static TimeExpression spanning(TimeExpression e, int start, int end) {
        return new TimeExpression(start, end, e.year(), e.yearOffset(), e.sameYear(), e.month(), e.day(), e.dayOffset(),
                e.precision(), e.monthOffset(), e.weekday(), e.daysAfterPrevious());
    }

    private static boolean isDay(TimeExpression e) {
        return e.day() > 0;
    }

    /**
     * The date that opens the sentence before, or an earlier one of the same paragraph ("11月18日，…举行。会上签署…"), which news
     * style carries over to the sentences that follow; null when there is none.
     */
    public PartialDate carriedOver(Sentence s, boolean future) {
        return carriedOver(s, future, Set.of());
    }

    /**
     * As {@link #carriedOver(Sentence, boolean)}, but an undated event told in between (one of {@code events}, by
     * sentence index) ends the carry: the date before it was that event's context, not this one's.
     */
    public PartialDate carriedOver(Sentence s, boolean future, Set<Integer> events) {
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - CARRY_REACH); i--) {
            Sentence previous = sentences.get(i);
            if (events.contains(i) && in(previous).isEmpty()) {
                return null;
            }
            // the sentence just before is read on across a paragraph break (11月15日，…。\n当天，…), earlier ones are not,
            // unless a page set for phones broke one sentence into short phrases, a line each
            if (i < s.index() - 1 && text.substring(previous.end(), s.start()).indexOf('\n') >= 0
                    && !phrasesOfOneSentence(i, s.index())) {
                return null;
            }
            List<TimeExpression> found = in(previous);
            // a dateline opening the sentence is not its topic; the date right after it is
            int opening = dateline != null && dateline.start() >= previous.start() && dateline.end() <= previous.end()
                    ? dateline.end() : previous.start();
            if (!found.isEmpty() && found.get(0).start() - opening <= TOPIC_REACH) {
                PartialDate topic = resolve(found.get(0), previous, future);
                return found.size() > 1 ? finerInTheSameClause(topic, found.get(0), found.get(1), previous, future) : topic;
            }
        }
        return null;
    }

    /** 昨日(10月9日) / 深圳至江门高速铁路 / 正式开工建设: every line from one to another a short unpunctuated phrase. */
    private boolean phrasesOfOneSentence(int from, int to) {
        for (int i = from; i <= to; i++) {
            String line = sentences.get(i).text().strip();
            if (line.length() > PHRASE_LINE || !Headlines.unpunctuated(line)) {
                return false;
            }
        }
        return true;
    }

    /** 2019年粤澳合作联席会议27日举行: a year naming the occasion, then the day it was held, in one clause. */
    private PartialDate finerInTheSameClause(PartialDate topic, TimeExpression first, TimeExpression next,
                                             Sentence sentence, boolean future) {
        if (topic == null || topic.precision() != Precision.YEAR
                || text.substring(first.end(), next.start()).matches("(?s).*[，,；;。].*")) {
            return topic;
        }
        PartialDate finer = resolve(next, sentence, future);
        return finer != null && finer.year() == topic.year() && finer.precision().compareTo(topic.precision()) < 0
                ? finer : topic;
    }

    /**
     * Whether this stretch points at the day of the event a report is about (会后签署, 当天通车, 仪式上宣布): words of
     * dates.yaml's eventDays.
     */
    public boolean pointsAtTheEvent(int from, int to) {
        String stretch = text.substring(from, to).toLowerCase(Locale.ROOT);
        return finder.eventDays().stream().anyMatch(stretch::contains);
    }

    /**
     * The last day told before this sentence, across paragraphs (the meeting or ceremony it refers to); null when
     * there is none, never a guess.
     */
    public PartialDate eventDay(Sentence s) {
        return eventDay(s, s.start());
    }

    /**
     * As {@link #eventDay(Sentence)}, but a day told earlier in the sentence itself, before this point, comes first
     * (预计6月30日开通，当天上午举行仪式).
     */
    public PartialDate eventDay(Sentence s, int before) {
        List<TimeExpression> own = in(s);
        for (int j = own.size() - 1; j >= 0; j--) {
            TimeExpression e = own.get(j);
            if (e.end() <= before && e.daysAfterPrevious() == null && e.day() > 0) {
                PartialDate d = resolve(e, s, false);
                if (d != null && d.precision() == Precision.DAY) {
                    return d;
                }
            }
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - EVENT_REACH); i--) {
            Sentence previous = sentences.get(i);
            List<TimeExpression> found = in(previous);
            for (int j = found.size() - 1; j >= 0; j--) {
                PartialDate d = resolve(found.get(j), previous, false);
                if (d != null && d.precision() == Precision.DAY && (anchor == null || !d.toLocalDate().isAfter(anchor))) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Whether a date lies after the reference date at its own precision (2027 in a report of 2024); false without one. */
    public boolean isAhead(PartialDate d) {
        if (d == null || anchor == null) {
            return false;
        }
        return switch (d.precision()) {
            case DAY -> d.toLocalDate().isAfter(anchor.plusDays(AHEAD_SLACK_DAYS));
            case YEAR -> d.year() > anchor.getYear();
            default -> d.year() > anchor.getYear() || d.year() == anchor.getYear() && d.month() > anchor.getMonthValue();
        };
    }

    /** The reference day itself. */
    public boolean isTheReportDay(PartialDate d) {
        return d != null && anchor != null && d.precision() == Precision.DAY && d.toLocalDate().equals(anchor);
    }

    /** A day after the reference day, with no slack: a weekday told is placed exactly. */
    public boolean isAfterTheReportDay(PartialDate d) {
        return d != null && anchor != null && d.precision() == Precision.DAY && d.toLocalDate().isAfter(anchor);
    }

    /**
     * Whether a year, half, quarter or month ended before the reference date (2024 in a report of 2025); false for a
     * day, which a repost a few days late may still tell ahead, and without a reference date.
     */
    public boolean isOver(PartialDate d) {
        if (d == null || anchor == null || d.precision() == Precision.DAY) {
            return false;
        }
        int months = switch (d.precision()) {
            case YEAR -> 12;
            case HALF -> 6;
            case QUARTER -> 3;
            default -> 1;
        };
        YearMonth last = YearMonth.of(d.year(), Math.max(d.month(), 1)).plusMonths(months - 1);
        return last.isBefore(YearMonth.from(anchor));
    }

    /**
     * Whether a day lies a few weeks ahead of the reference date at most (6月30日 in a report of June 26th): a day
     * told ahead rather than one of last year; false without a reference date.
     */
    public boolean isSoonAhead(PartialDate d) {
        return d != null && anchor != null && d.precision() == Precision.DAY && isAhead(d)
                && !d.toLocalDate().isAfter(anchor.plusDays(SOON_DAYS));
    }

    public PartialDate resolve(TimeExpression e, Sentence s, boolean future) {
        if (e.daysAfterPrevious() != null) {
            return dayAfter(e, s, future);
        }
        if (e.weekday() != null && !english && anchor != null) {
            return chineseWeekday(e);
        }
        PartialDate ofTheMonthBefore = bareDayAfterAMonth(e, s, future);
        if (ofTheMonthBefore != null) {
            return ofTheMonthBefore;
        }
        Integer contextYear = e.sameYear() ? yearBefore(s, e.start()) : null;
        LocalDate reported = e.dayOffset() != null ? reportedDay(e, s) : null;
        return e.resolve(reported != null ? reported : anchor, contextYear, future);
    }

    /** 定于9月22日举行典礼，23日通车: a bare day after a named month of the sentence is a day of that month; else null. */
    private PartialDate bareDayAfterAMonth(TimeExpression e, Sentence s, boolean future) {
        if (e.day() == 0 || e.month() > 0 || e.year() != null || e.yearOffset() != null || e.dayOffset() != null
                || e.monthOffset() != null || e.weekday() != null || e.daysAfterPrevious() != null) {
            return null;
        }
        List<TimeExpression> found = in(s);
        for (int i = found.indexOf(e) - 1; i >= 0; i--) {
            TimeExpression before = found.get(i);
            if (before.month() > 0 && before.dayOffset() == null && before.monthOffset() == null) {
                PartialDate month = before.resolve(anchor, before.sameYear() ? yearBefore(s, before.start()) : null, future);
                if (month == null || e.day() > YearMonth.of(month.year(), month.month()).lengthOfMonth()
                        || before.day() > e.day()) {
                    return null;
                }
                return new PartialDate(month.year(), month.month(), e.day(), Precision.DAY);
            }
        }
        return null;
    }

    /**
     * 12月27日，某厅发布消息，…今天开通: the day a sentence opens on, when a report of that day follows it, is the day its
     * 今天 and 昨日 count from; null otherwise.
     */
    private LocalDate reportedDay(TimeExpression e, Sentence s) {
        List<TimeExpression> found = in(s);
        if (found.isEmpty() || found.get(0) == e || !found.get(0).namesItsMonth() || found.get(0).day() == 0
                || found.get(0).start() - s.start() > TOPIC_REACH || found.get(0).end() > e.start()) {
            return null;
        }
        String between = text.substring(found.get(0).end(), e.start()).toLowerCase(Locale.ROOT);
        if (finder.reportingWords().stream().noneMatch(between::contains)) {
            return null;
        }
        PartialDate day = found.get(0).resolve(anchor, null, false);
        return day != null && day.precision() == Precision.DAY ? day.toLocalDate() : null;
    }

    /**
     * 上周六, 下周六, 本周六 name their week; a bare 周六 later in the week than the report is the coming one, since
     * Chinese calls the past one 上周六, and one earlier in the week (or the same day) is this week's.
     */
    private PartialDate chineseWeekday(TimeExpression e) {
        LocalDate thisWeek = anchor.plusDays(e.weekday() - anchor.getDayOfWeek().getValue());
        char before = e.start() > 0 ? text.charAt(e.start() - 1) : ' ';
        return PartialDate.of(switch (before) {
            case '上' -> thisWeek.minusWeeks(1);
            case '下' -> thisWeek.plusWeeks(1);
            default -> thisWeek;
        });
    }

    /**
     * 星期六举行仪式，翌日通车: the day after the last day told before it in the sentence; 6月30日上午…下午通车: a time of
     * that day. Without such a day, a time of day is the report's own day and 翌日 has nothing to count from.
     */
    private PartialDate dayAfter(TimeExpression e, Sentence s, boolean future) {
        List<TimeExpression> found = in(s);
        for (int i = found.indexOf(e) - 1; i >= 0; i--) {
            TimeExpression before = found.get(i);
            if (before.daysAfterPrevious() == null) {
                PartialDate d = resolve(before, s, future);
                if (d != null && d.precision() == Precision.DAY) {
                    return PartialDate.of(d.toLocalDate().plusDays(e.daysAfterPrevious()));
                }
                break;
            }
        }
        // 12月11日上午…开通活动举行。…下午3时将通车试运营 / 11月15日…。翌日，…: the day the paragraph opened on
        PartialDate carried = found.indexOf(e) == 0 || found.stream().takeWhile(x -> x != e)
                .allMatch(x -> x.daysAfterPrevious() != null) ? carriedOver(s, false) : null;
        if (carried != null && carried.precision() == Precision.DAY) {
            return PartialDate.of(carried.toLocalDate().plusDays(e.daysAfterPrevious()));
        }
        return e.resolve(anchor, null, future);
    }

    /** The last year the text spelled out before this point ("同年" refers to it). */
    private Integer yearBefore(Sentence s, int position) {
        for (int i = s.index(); i >= Math.max(0, s.index() - 3); i--) {
            List<TimeExpression> found = in(sentences.get(i));
            for (int j = found.size() - 1; j >= 0; j--) {
                TimeExpression e = found.get(j);
                if (e.start() < position && e.year() != null) {
                    return e.year();
                }
            }
        }
        return null;
    }
}
