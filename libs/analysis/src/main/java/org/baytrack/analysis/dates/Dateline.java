package org.baytrack.analysis.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline of a report ("…广州12月11日电", "GUANGZHOU, Dec. 11 (Xinhua) --", "本报记者广州二日电"): where it
 * stands and the day it names. That day, not the page's stamp, is what the report's relative dates mean.
 *
 * @param date null when the dateline names a day that cannot be placed (no year anywhere)
 */
public record Dateline(int start, int end, LocalDate date) {

    /** Reads datelines with the patterns of dates.yaml. */
    public static final class Reader {
        private final List<Pattern> chinese;
        private final List<Pattern> english;
        private final int reach;

        public Reader() {
            DateWords w = DateWords.load();
            chinese = w.datelines().get("zh").stream().map(Pattern::compile).toList();
            english = w.datelines().get("en").stream().map(Pattern::compile).toList();
            reach = w.datelineReach();
        }

        /** The first dateline in the opening of the text, placed against the page's date; null when there is none. */
        public Dateline find(String text, boolean englishText, LocalDate published) {
            int to = Math.min(text.length(), reach);
            Dateline best = null;
            for (Pattern p : englishText ? english : chinese) {
                Matcher m = p.matcher(text).region(0, to);
                if (m.find() && (best == null || m.start() < best.start())) {
                    best = new Dateline(m.start(), m.end(), place(m, englishText, published));
                }
            }
            return best;
        }

        private static LocalDate place(Matcher m, boolean englishText, LocalDate published) {
            int day = ChineseNumber.parse(m.group("d"));
            Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
            Integer month = englishText ? Integer.valueOf(EnglishMonths.number(m.group("mon")))
                    : m.group("m") == null ? null : ChineseNumber.parse(m.group("m"));
            try {
                if (year != null && month != null) {
                    return LocalDate.of(year, month, day);
                }
                if (published == null) {
                    return null;
                }
                if (month == null) {
                    // "二日电": this month's day, or last month's when that day is still to come
                    YearMonth ym = YearMonth.from(published);
                    return day <= published.getDayOfMonth() ? ym.atDay(day) : ym.minusMonths(1).atDay(day);
                }
                // a report is filed on or before its page's date: the last such day up to it
                LocalDate candidate = LocalDate.of(published.getYear(), month, day);
                return candidate.isAfter(published.plusDays(1)) ? candidate.minusYears(1) : candidate;
            } catch (DateTimeException e) {
                return null;
            }
        }
    }
}
