package org.baytrack.analysis.agreement;

import org.baytrack.analysis.dates.DateContext;
import org.baytrack.analysis.dates.TimeExpression;
import org.baytrack.analysis.sentence.Sentence;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When a signing happened, read for one document: the clause's own date, else one opening the sentence before,
 * else the nearest earlier date of the paragraph. Relative days the date reader lacks (港铁昨与…签订) come from
 * agreements.yaml. A weekday in a text without a reference date is the explicit date of the document that falls
 * on it. A date after the reference date is not a signing yet.
 */
final class SigningDate {
    private static final int PARAGRAPH_REACH = 4;
    // sentences back that 会上 looks for the meeting's month or year when no day was told
    private static final int MEETING_REACH = 8;

    private final String text;
    private final List<Sentence> sentences;
    private final DateContext dates;
    private final Pattern relativeDays;
    private final Pattern anotherClause;
    private final Pattern toldAsDone;
    private final Map<String, Integer> offsets;
    private final LocalDate anchor;
    private final boolean hasTitles;

    /** What a signing's date reads as: the date (null when the text gives none) and whether it lies ahead. */
    record Reading(String iso, boolean ahead) {
    }

    /** The relative days of agreements.yaml with their offsets, and one pattern for all of them (null for none). */
    record RelativeDays(Map<String, Integer> offsets, Pattern pattern) {
        static RelativeDays of(Map<String, Integer> offsets) {
            return new RelativeDays(offsets, offsets.isEmpty() ? null : Pattern.compile(offsets.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                    .collect(Collectors.joining("|"))));
        }
    }

    SigningDate(String text, List<Sentence> sentences, DateContext dates, RelativeDays relativeDays,
                Pattern anotherClause, Pattern toldAsDone) {
        this.text = text;
        this.toldAsDone = toldAsDone;
        this.anotherClause = anotherClause;
        this.sentences = sentences;
        this.dates = dates;
        this.offsets = relativeDays.offsets();
        this.relativeDays = relativeDays.pattern();
        this.hasTitles = text.indexOf('《') >= 0 || text.indexOf('〈') >= 0;
        PartialDate today = sentences.isEmpty() ? null
                : dates.resolve(dayOffset(0, 0, 0), sentences.get(0), false);
        this.anchor = today == null ? null : today.toLocalDate();
    }

    int pastDateline(int from, int to) {
        return dates.pastDateline(from, to);
    }

    /** Time expressions of the sentence, with the relative days of agreements.yaml that the date reader left. */
    List<TimeExpression> in(Sentence s) {
        List<TimeExpression> found = new ArrayList<>(dates.in(s));
        // a year in a title (《…2019年重点工作》) names the agreement, it does not date its signing
        found.removeIf(e -> insideTitle(e.start()));
        if (relativeDays == null || dates.english()) {
            return found;
        }
        Matcher m = relativeDays.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().noneMatch(e -> e.start() < end && e.end() > start)) {
                found.add(dayOffset(start, end, offsets.get(m.group())));
            }
        }
        found.sort(Comparator.comparingInt(TimeExpression::start));
        return found;
    }

    /** Inside a title opened after the last full stop and closed after {@code at}. */
    private boolean insideTitle(int at) {
        if (!hasTitles) {
            return false;
        }
        for (int i = Math.min(at, text.length() - 1); i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '。') {
                return false;
            }
            if (c == '《' || c == '〈') {
                return text.indexOf('》', i) >= at;
            }
        }
        return false;
    }

    /** Chinese puts the date before the verb (12月7日…签订), English after it (signed … on Thursday). */
    Reading signed(Sentence s, int verbStart) {
        TimeExpression before = null;
        TimeExpression after = null;
        int clauseEnd = clauseEnd(verbStart, s.end());
        for (TimeExpression e : in(s)) {
            if (e.end() <= verbStart) {
                before = e;
            } else if (after == null && (e.start() < clauseEnd
                    || text.substring(clauseEnd, e.start()).matches("[,;，；\\s]*"))) {
                after = e;
            }
        }
        if (after == null && dates.english()) {
            after = laterInEnglishList(s, verbStart);
        }
        TimeExpression best = dates.english() && after != null ? after : before;
        if (best != null) {
            PartialDate d = resolve(best, s);
            if (d != null) {
                return reading(d);
            }
        }
        // 2019年联席会议27日举行…签署 in a page without a date: the day cannot be placed, its year can
        PartialDate coarser = best == before ? earlierInClause(s, verbStart) : null;
        if (coarser != null) {
            return reading(coarser);
        }
        if (toldAsDone.matcher(text).region(AgreementFacts.clauseStart(text, s, verbStart), verbStart).find()) {
            return new Reading(null, false);
        }
        PartialDate carried = dates.carriedOver(s, false);
        if (carried != null && !reading(carried).ahead()) {
            return reading(carried);
        }
        PartialDate earlier = earlierInParagraph(s);
        if (earlier != null) {
            return reading(earlier);
        }
        // Chinese tells the occasion before the verb (会后签署), English after it ("signed … after the meeting")
        int occasionEnd = dates.english() ? clauseEnd(verbStart, s.end()) : verbStart;
        PartialDate event = dates.pointsAtTheEvent(s.start(), occasionEnd) ? meetingTime(s) : null;
        return event == null ? new Reading(null, false) : reading(event);
    }

    /** Before the verb, the first date back from the last that can be placed (the year when the day cannot). */
    private PartialDate earlierInClause(Sentence s, int verbStart) {
        List<TimeExpression> found = in(s);
        for (int i = found.size() - 1; i >= 0; i--) {
            TimeExpression e = found.get(i);
            PartialDate d = e.end() <= verbStart ? resolve(e, s) : null;
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * 会上签署: the day of the meeting told before, else the month or year it was told in (大会日前举行 gives the
     * month), the nearest first; a signing date agrees at its coarser precision, so less is still true.
     */
    private PartialDate meetingTime(Sentence s) {
        PartialDate day = dates.eventDay(s);
        if (day != null) {
            return day;
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - MEETING_REACH); i--) {
            Sentence before = sentences.get(i);
            PartialDate d = lastPlaced(before);
            if (d != null) {
                return d;
            }
            // 29日下午召开会议 in a report of no known month: the meeting's day is told but cannot be placed, and an
            // earlier year (计划2016年通车) is not its date
            if (in(before).stream().anyMatch(e -> resolve(e, before) == null)) {
                return null;
            }
        }
        return null;
    }

    /** The sentence's last date that can be placed and is not still to come; null when there is none. */
    private PartialDate lastPlaced(Sentence s) {
        List<TimeExpression> found = in(s);
        for (int j = found.size() - 1; j >= 0; j--) {
            PartialDate d = resolve(found.get(j), s);
            if (d != null && !reading(d).ahead()) {
                return d;
            }
        }
        return null;
    }

    /**
     * "signed by the NDRC and the governments of Guangdong, Hong Kong and Macao on Saturday": the commas of a list of
     * parties end no clause, so the first date after them counts unless another clause opens before it.
     */
    private TimeExpression laterInEnglishList(Sentence s, int verbStart) {
        for (TimeExpression e : in(s)) {
            if (e.start() > verbStart) {
                String between = text.substring(verbStart, e.start());
                // "…, witnessed by the Vice-President, Mr Xi; the State Councillor, Madam Liu, … today": the
                // semicolons of a list of witnesses end no clause either
                int witnessed = between.toLowerCase(java.util.Locale.ROOT).indexOf("witnessed by");
                if (witnessed >= 0) {
                    between = between.substring(0, witnessed) + between.substring(witnessed).replace(';', ',');
                }
                return anotherClause.matcher(between).find() ? null : e;
            }
        }
        return null;
    }

    /**
     * "signed the deal on Tuesday, marking …": a date after the verb counts up to the end of its clause, or right
     * after it (a caption's "…, November 18, 2017").
     */
    private int clauseEnd(int from, int sentenceEnd) {
        for (int i = from; i < sentenceEnd; i++) {
            if (",;，；".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return sentenceEnd;
    }

    /** The last date before {@code at} in the sentence, resolved; null when there is none. */
    String before(Sentence s, int at) {
        PartialDate out = null;
        for (TimeExpression e : in(s)) {
            if (e.end() <= at) {
                PartialDate d = resolve(e, s);
                out = d != null ? d : out;
            }
        }
        return out == null || reading(out).ahead() ? null : out.iso();
    }

    private PartialDate resolve(TimeExpression e, Sentence s) {
        PartialDate d = dates.resolve(e, s, false);
        if (d == null && e.weekday() != null && anchor == null) {
            return weekdayInDocument(e.weekday(), s);
        }
        return d;
    }

    private PartialDate earlierInParagraph(Sentence s) {
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - PARAGRAPH_REACH); i--) {
            Sentence previous = sentences.get(i);
            if (text.substring(previous.end(), sentences.get(i + 1).start()).indexOf('\n') >= 0
                    || previous.text().indexOf('\n') >= 0) {
                return null;
            }
            PartialDate d = lastPlaced(previous);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The explicit full date of the document that falls on this weekday, the nearest one before the sentence first. */
    private PartialDate weekdayInDocument(int weekday, Sentence at) {
        PartialDate best = null;
        for (Sentence s : sentences) {
            for (TimeExpression e : dates.in(s)) {
                if (e.year() == null || e.day() == 0) {
                    continue;
                }
                PartialDate d = dates.resolve(e, s, false);
                LocalDate day = d == null ? null : d.toLocalDate();
                if (day == null || day.getDayOfWeek().getValue() != weekday) {
                    continue;
                }
                if (s.index() <= at.index()) {
                    best = d;
                } else if (best == null) {
                    return d;
                }
            }
        }
        return best;
    }

    /** Ahead when the date lies after the reference date at its own precision (来年 in a report of today). */
    private Reading reading(PartialDate d) {
        if (anchor == null) {
            return new Reading(d.iso(), false);
        }
        String today = PartialDate.of(anchor).iso();
        String iso = d.iso();
        return new Reading(iso, iso.compareTo(today.substring(0, iso.length())) > 0);
    }

    private static TimeExpression dayOffset(int start, int end, int offset) {
        return new TimeExpression(start, end, null, null, false, 0, 0, offset, Precision.DAY);
    }
}
