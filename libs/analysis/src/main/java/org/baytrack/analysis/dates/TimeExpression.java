package org.baytrack.analysis.dates;

import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A time expression as written: what it fixes itself and what it leaves to the publication
 * date ("12月24日" needs a year, "明年" an anchor, "同年" the year the text last named).
 */
public record TimeExpression(int start, int end, Integer year, Integer yearOffset, boolean sameYear,
                             int month, int day, Integer dayOffset, Precision precision, Integer monthOffset,
                             Integer weekday, Integer daysAfterPrevious) {

    public TimeExpression(int start, int end, Integer year, Integer yearOffset, boolean sameYear,
                          int month, int day, Integer dayOffset, Precision precision) {
        this(start, end, year, yearOffset, sameYear, month, day, dayOffset, precision, null, null, null);
    }

    /** The same expression in a text that begins by characters earlier. */
    TimeExpression shifted(int by) {
        return new TimeExpression(start + by, end + by, year, yearOffset, sameYear, month, day, dayOffset, precision,
                monthOffset, weekday, daysAfterPrevious);
    }

    /** 翌日, 次日, "the next day": a day counted from the date told just before. */
    static TimeExpression dayAfterPrevious(int start, int end, int days) {
        return new TimeExpression(start, end, null, null, false, 0, 0, null, Precision.DAY, null, null, days);
    }

    /** 上午, 下午: a time of the day told just before it, or of the report's own day when none was. */
    static TimeExpression timeOfDay(int start, int end) {
        return new TimeExpression(start, end, null, null, false, 0, 0, 0, Precision.DAY, null, null, 0);
    }

    /** Whether the expression names its month on the calendar (12月24日), not counted from the report's day. */
    public boolean namesItsMonth() {
        return month > 0 && yearOffset == null && !sameYear && dayOffset == null && monthOffset == null
                && weekday == null && daysAfterPrevious == null;
    }

    static TimeExpression relativeMonth(int start, int end, int offset) {
        return relativeMonth(start, end, offset, 0);
    }

    /** 本月28日: a day of the month counted from the report's. */
    static TimeExpression relativeMonth(int start, int end, int offset, int day) {
        return new TimeExpression(start, end, null, null, false, 0, day, null, day > 0 ? Precision.DAY : Precision.MONTH,
                offset, null, null);
    }

    static TimeExpression weekday(int start, int end, int isoDay) {
        return new TimeExpression(start, end, null, null, false, 0, 0, null, Precision.DAY, null, isoDay, null);
    }

    public boolean needsAnchor() {
        return year == null && !sameYear;
    }

    /**
     * The date this expression names. future says the claim is about something expected,
     * which decides the year of a bare month ("3月" in a December forecast is next March).
     */
    public PartialDate resolve(LocalDate anchor, Integer contextYear, boolean future) {
        if (daysAfterPrevious != null && dayOffset == null) {
            // resolved by the document's context, which knows the date before it; a time of day falls back below
            return null;
        }
        if (dayOffset != null) {
            return anchor == null ? null : PartialDate.of(anchor.plusDays(dayOffset));
        }
        if (weekday != null) {
            if (anchor == null) {
                return null;
            }
            int back = (anchor.getDayOfWeek().getValue() - weekday + 7) % 7;
            return PartialDate.of(future && back != 0 ? anchor.plusDays(7 - back) : anchor.minusDays(back));
        }
        if (monthOffset != null) {
            if (anchor == null) {
                return null;
            }
            YearMonth m = YearMonth.from(anchor).plusMonths(monthOffset);
            if (day > 0) {
                return day > m.lengthOfMonth() ? null : new PartialDate(m.getYear(), m.getMonthValue(), day, Precision.DAY);
            }
            return new PartialDate(m.getYear(), m.getMonthValue(), 0, Precision.MONTH);
        }
        Integer y = year;
        if (y == null && yearOffset != null) {
            y = anchor == null ? null : anchor.getYear() + yearOffset;
        } else if (y == null && sameYear) {
            y = contextYear != null ? contextYear : anchor == null ? null : anchor.getYear();
        }
        int m = month;
        int d = day;
        if (y == null) {
            if (anchor == null) {
                return null;
            }
            y = anchor.getYear();
            if (m == 0 && d > 0) {
                m = anchor.getMonthValue();
                if (!future && d > anchor.getDayOfMonth() + 3) {
                    YearMonth previous = YearMonth.from(anchor).minusMonths(1);
                    y = previous.getYear();
                    m = previous.getMonthValue();
                }
            } else if (m > 0) {
                int diff = m - anchor.getMonthValue();
                if (future && diff < 0) {
                    y++;
                } else if (!future && (diff > 1 || diff == 0 && d > anchor.getDayOfMonth() + 3)) {
                    // a report tells what has happened: a day still to come this month was last year's
                    y--;
                }
            }
        }
        if (y < 1900 || y > 2200 || m > 12 || d > 31 || (d > 0 && d > YearMonth.of(y, Math.max(m, 1)).lengthOfMonth())) {
            return null;
        }
        return new PartialDate(y, m, d, precision);
    }
}
