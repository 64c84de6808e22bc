package org.baytrack.analysis.milestone;

import org.baytrack.analysis.dates.DateContext;
import org.baytrack.analysis.dates.TimeExpression;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.Precision;
import org.baytrack.events.vocabulary.PartialDate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims of one sentence. A cue word is tied to the projects of its own clause, else to
 * those of the nearest clause before it, unless its clause has a subject of its own.
 */
final class SentenceClaims {
    // how far before a cue a negation still reaches: 未能如期于2022年底通车
    private static final int NEGATION_REACH_ZH = 12;
    private static final int NEGATION_REACH_EN = 30;

    private final CueLexicon lexicon;
    private final String text;
    private final Sentence sentence;
    private final List<Mention> projects;
    private final List<CueLexicon.Hit> hits;
    private final DateContext dates;
    private final List<int[]> clauses;
    /** Where an English opening phrase of circumstance ends, or -1: the dates inside it are not the main clause's. */
    private final int fronted;
    private final boolean impliedSubject;
    private final Set<Integer> eventSentences;

    SentenceClaims(CueLexicon lexicon, String text, Sentence sentence, List<Mention> projects, List<CueLexicon.Hit> hits,
                   DateContext dates, boolean impliedSubject, Set<Integer> eventSentences) {
        this.impliedSubject = impliedSubject;
        this.eventSentences = eventSentences;
        this.lexicon = lexicon;
        this.text = text;
        this.sentence = sentence;
        this.projects = projects;
        this.hits = hits;
        this.dates = dates;
        this.clauses = clauses(sentence, lexicon.placeApposition());
        this.fronted = dates.english() ? lexicon.englishFrontedPhraseEnd(text, sentence.start(), sentence.end()) : -1;
    }

    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        List<Claim> completions = new ArrayList<>();
        int windowStart = sentence.start();
        boolean previousFuture = false;
        PartialDate previousFutureDate = null;
        for (CueLexicon.Hit cue : hits) {
            if (cue.role() != CueLexicon.Role.KIND) {
                continue;
            }
            int from = windowStart;
            boolean chained = cue.start() - windowStart <= 1 && windowStart > sentence.start();
            windowStart = cue.end();
            int[] clause = clauseOf(cue.start());
            // 建成启用: verbs chained to the previous cue share its tense
            // 预计2025年动工、2034年通车: a marker earlier in the clause governs each verb coordinated in it
            boolean earlierFuture = previousFuture;
            boolean future = chained || earlierFuture && lexicon.continuesTheClauseBefore(text, clause[0])
                    ? previousFuture : future(Math.min(from, clause[0]), cue);
            previousFuture = future;
            if (negated(cue)) {
                continue;
            }
            boolean goal = !dates.english() && lexicon.goalAt(text, clause[0], cue.start(), cue.end());
            TimeExpression when = when(cue, goal ? clause[0] : from, goal);
            // 将于周六举行仪式，翌日通车: the day after a day to come is to come too
            future = future || goal || when != null && when.daysAfterPrevious() != null && earlierFuture
                    // 深江铁路2027年通车 in a report of 2024 tells what is to come, whatever the verb's tense
                    || when != null && when.year() != null && dates.isAhead(dates.resolve(when, sentence, false))
                    // 明年通车, 3年后…, 明日通车: a year or day counted ahead of the report's is to come
                    || when != null && when.yearOffset() != null && when.yearOffset() > 0
                    || when != null && when.dayOffset() != null && when.dayOffset() > 0
                    // so does 6月30日通车 in one of June 26th, and 10月底通车 in one of September 27th (next month, told
                    // with no year), unless told as done (6月24日…顺利架设 was last year's)
                    || when != null && when.year() == null && when.namesItsMonth()
                        && !lexicon.accomplishedAt(text, clause[0], cue.end())
                        && (dates.isSoonAhead(dates.resolve(when, sentence, true))
                            || when.day() == 0 && dates.isAhead(dates.resolve(when, sentence, false)))
                    // 年底开工 in a report of March: the end of this year is still to come
                    || when != null && when.year() == null
                        && lexicon.restOfTheYear(text.substring(when.start(), when.end()))
                        && dates.isAhead(dates.resolve(when, sentence, false))
                    // 周六举行开通仪式 in a report of Wednesday: the coming Saturday
                    || when != null && when.weekday() != null
                        && dates.isAfterTheReportDay(dates.resolve(when, sentence, false))
                    // 计划2021年12月开工，全部工程2027年12月建成, 定于22日举行典礼，23日通车: what follows a forecast event,
                    // later, is to come too
                    || earlierFuture && previousFutureDate != null && when != null
                        && !pastMarkedBetween(from, cue.start())
                        && (when.year() != null && later(dates.resolve(when, sentence, true), previousFutureDate)
                            // a bare day after the day of the forecast is of its month
                            || when.year() == null && !when.namesItsMonth() && when.day() > previousFutureDate.day()
                                && previousFutureDate.precision() == Precision.DAY);
            previousFuture = future;
            MilestoneKind kind = future ? cue.kind().asForecast() : cue.kind();
            List<Mention> targets = targets(cue, kind);
            if (kind == null || targets.isEmpty()) {
                continue;
            }
            if (cue.kind() == MilestoneKind.COMPLETED || !dates.english() && cue.kind() == MilestoneKind.OPENED) {
                // 潭江特大桥完工 is the bridge, not the expressway; 控制性工程完工 no claim about the whole;
                // "The undersea tunnel of the link, …, was completed" is the tunnel
                CueLexicon.Part part = dates.english() ? lexicon.englishPartOpening(text, sentence.start(), clause[0], cue.start(),
                        projects, targets.get(0).text())
                        : lexicon.partBetween(text, subjectEnd(clause[0], cue.start()), cue.start(), targets.get(0).text());
                if (part == CueLexicon.Part.OTHER
                        || part == CueLexicon.Part.STRUCTURAL && (future || cue.kind() == MilestoneKind.OPENED)) {
                    continue;
                }
                if (part == CueLexicon.Part.STRUCTURAL) {
                    kind = MilestoneKind.STRUCTURAL;
                }
            }
            // "Tenders for the design study of the line are now open": what opens is another thing
            if (dates.english() && cue.kind() == MilestoneKind.OPENED && lexicon.englishPartOpening(text, sentence.start(),
                    clause[0], cue.start(), projects, targets.get(0).text()) == CueLexicon.Part.OTHER) {
                continue;
            }
            if (kind == MilestoneKind.STRUCTURAL && !dates.english()
                    && lexicon.connectionAt(text, clause[0], cue.start(), cue.end())) {
                continue;
            }
            if (kind == MilestoneKind.STRUCTURAL
                    // "The first girder of the bridge, weighing 490 tons, was installed": an English subject may
                    // stand before an aside
                    && (lexicon.unqualifiedLift(text, dates.english() ? sentence.start() : clause[0], cue.start(),
                            cue.end(), dates.english())
                        || lexicon.progressCount(text, clause[0], cue.start(), cue.end(), dates.english()))) {
                continue;
            }
            // a goal is dated only by its own clause (7月7日，…主体完工，…向全线通车迈出关键一步)
            PartialDate date = when == null ? null : dates.resolve(when, sentence, future);
            previousFutureDate = future && date != null ? date : future ? previousFutureDate : null;
            // "will be put into operation today", 将于今日通车: an opening set for the report's own day is that day's news
            if (kind == MilestoneKind.FORECAST_OPENING && cue.kind() == MilestoneKind.OPENED && dates.isTheReportDay(date)) {
                kind = MilestoneKind.OPENED;
            }
            if (goal && date == null) {
                continue;
            }
            // 相继建成通车: events one after another have no one date to take from the context
            boolean successive = lexicon.successiveAt(text, clause[0], cue.start());
            boolean state = !dates.english() && lexicon.stateAt(text, clause[0], cue.start());
            if (date == null && !future && !successive && !state) {
                date = dates.carriedOver(sentence, false, eventSentences);
            }
            // 此次启动的项目: a word pointing at the day told before dates the cue as its own
            boolean pointed = !future && !successive && dates.pointsAtTheEvent(sentence.start(), cue.start());
            if (date == null && pointed) {
                date = dates.eventDay(sentence, cue.start());
            }
            // 已开通的莞惠城际 describes a name, whatever date the sentence opens with; 12月11日通车的… dates it itself
            // 随着…的开通, 开通三年多来: the circumstance or the age of what is reported, whatever date it gives
            if (!dates.english() && (lexicon.backgroundAround(text, clause[0], cue.start(), cue.end())
                    || lexicon.askedAt(text, cue.end())
                    || cue.kind() == MilestoneKind.APPROVED && lexicon.approvesStudiesAt(text, cue.end())
                    || cue.kind() == MilestoneKind.OPENED && lexicon.circumstanceAt(text, clause[0], cue.start())
                        && !datedInClause(cue)
                    || lexicon.significanceAt(text, clause[0], cue.start(), cue.end()) && !datedInClause(cue))) {
                continue;
            }
            if (cue.background() && !explicitlyDated(cue)
                    || attributive(cue) && !datedInClause(cue) && !(pointed && date != null)) {
                continue;
            }
            String cueText = text.substring(cue.start(), cue.end());
            List<PartialDate> each = date == null ? List.of() : respectiveDates(clause, cue, future);
            // A、B分别于2024年、2025年通车: as many works as dates, each its own; one work's phases take every date
            boolean paired = each.size() > 1 && targets.size() == each.size();
            for (int t = 0; t < targets.size(); t++) {
                Mention target = targets.get(t);
                List<PartialDate> told = paired ? List.of(each.get(t))
                        : each.isEmpty() ? Collections.singletonList(date) : each;
                for (PartialDate d : told) {
                    Claim claim = new Claim(new Milestone(target.entity(), kind, d, sentence.text(), sentence.index()), cueText);
                    out.add(claim);
                    if (kind == MilestoneKind.FORECAST_OPENING && cue.kind() == MilestoneKind.COMPLETED) {
                        completions.add(claim);
                    }
                }
            }
        }
        out.removeAll(completions.stream().filter(c -> openedApart(c, out, completions)).toList());
        return out;
    }

    /**
     * 2034年完成工程建设，2035年开通: a completion forecast is the opening's only until the sentence parts the two,
     * forecasting the opening of the same work for another date.
     */
    private static boolean openedApart(Claim completion, List<Claim> all, List<Claim> completions) {
        Milestone m = completion.milestone();
        return all.stream().filter(o -> !completions.contains(o)).map(Claim::milestone)
                .anyMatch(o -> o.kind() == MilestoneKind.FORECAST_OPENING && o.project().equals(m.project())
                        && o.date() != null && !o.date().equals(m.date()));
    }

    private boolean negated(CueLexicon.Hit cue) {
        int reach = dates.english() ? NEGATION_REACH_EN : NEGATION_REACH_ZH;
        int[] clause = clauseOf(cue.start());
        if (trailingForecast(cue, clause)) {
            // "not completed until 2025" is a forecast, not a denial
            return false;
        }
        for (CueLexicon.Hit h : hits) {
            if (h.role() == CueLexicon.Role.NEGATION && h.end() <= cue.start() && h.start() >= clause[0]
                    && cue.start() - h.end() <= reach) {
                return true;
            }
        }
        int index = clauses.indexOf(clause);
        return !dates.english() && index > 0 && lexicon.supposes(text, clauses.get(index - 1)[0], clauses.get(index - 1)[1]);
    }

    private boolean pastMarkedBetween(int from, int to) {
        return hits.stream().anyMatch(h -> h.role() == CueLexicon.Role.PAST && h.start() >= from && h.end() <= to);
    }

    /** Whether a date lies after another at the coarser of their precisions (2027-12 after 2021-12, 2027 after 2021). */
    private static boolean later(PartialDate d, PartialDate than) {
        if (d == null) {
            return false;
        }
        if (d.year() != than.year()) {
            return d.year() > than.year();
        }
        return d.month() > 0 && than.month() > 0 && d.month() > than.month();
    }

    /** The marker closest before the cue decides: 预计/将/will make it a forecast, 已/has a fact. */
    private boolean trailingForecast(CueLexicon.Hit cue, int[] clause) {
        for (CueLexicon.Hit h : hits) {
            // "construction started in 2016 and its opening is scheduled for 2024": "and" opens another clause
            if (h.trailing() && h.start() >= cue.end() && h.end() <= clause[1]
                    && !(dates.english() && AND.matcher(text).region(cue.end(), h.start()).find())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("\\band\\b");

    private boolean future(int from, CueLexicon.Hit cue) {
        if (trailingForecast(cue, clauseOf(cue.start()))) {
            return true;
        }
        boolean future = false;
        for (CueLexicon.Hit h : hits) {
            // "construction of the line is to start": an English cue may span the marker that governs it
            if (dates.english() && h.role() == CueLexicon.Role.FORECAST && h.start() > cue.start() && h.end() < cue.end()) {
                return true;
            }
            if (h.start() >= from && h.end() <= cue.start()) {
                if (h.role() == CueLexicon.Role.FORECAST) {
                    future = true;
                } else if (h.role() == CueLexicon.Role.PAST) {
                    future = false;
                }
            }
        }
        return future;
    }

    private List<Mention> targets(CueLexicon.Hit cue, MilestoneKind kind) {
        int[] clause = clauseOf(cue.start());
        // …动工的临时场地建成: a cue qualifying a noun is about that noun, not the project named before
        // plans are policy talk about whatever follows them (规划建设…发展区), not news of the project named before
        // …于2031年开通的既定目标 qualifies a goal: the goal is the project's
        boolean qualifiesAGoal = !dates.english() && lexicon.goalAt(text, clause[0], cue.start(), cue.end());
        if (impliedSubject && (attributive(cue) && !qualifiesAGoal || kind == MilestoneKind.PLANNED
                || kind != MilestoneKind.STRUCTURAL
                && lexicon.hasOwnSubject(text, clause[0], cue.start(), hits, dateSpans()))) {
            return List.of();
        }
        if (dates.english()) {
            // "…is connected to the new highway, which opened last year": the relative clause is the highway's
            int relative = lexicon.englishRelativeBefore(text, sentence.start(), cue.start());
            Mention nearest = relative < 0 ? null : lastNamedBefore(sentence.start(), relative);
            if (nearest != null) {
                return List.of(nearest);
            }
        }
        if (dates.english()) {
            // "it followed the opening of the bridge": a work named right where the cue ends is what it tells of
            Mention named = between(cue.end(), clause[1]).stream().findFirst().orElse(null);
            if (named != null && named.start() - cue.end() <= 1) {
                return List.of(named);
            }
        }
        List<Mention> before = between(clause[0], cue.start());
        if (!before.isEmpty() && !dates.english() && lexicon.comitativeAt(text, clause[0], before.get(0).start())) {
            // 将于月底与深中通道同步通车: the earlier clause's subject opens together with the project named here
            List<Mention> together = new ArrayList<>(earlierSubject(clause));
            before.stream().filter(m -> together.stream().noneMatch(t -> t.entity().equals(m.entity()))).forEach(together::add);
            return together;
        }
        if (!before.isEmpty()) {
            return dates.english() ? withoutWholesOfParts(before) : before;
        }
        List<Mention> after = between(cue.start(), clause[1]);
        if (!after.isEmpty()) {
            return after;
        }
        List<Mention> appositive = dates.english() ? appositiveAfter(clause) : List.of();
        if (!appositive.isEmpty()) {
            return appositive;
        }
        // a clause with a subject of its own (周边道路已开通) is not about the earlier project;
        // structural work is named by its parts (首片节段梁…架设), so it may still inherit
        if (!dates.english() && kind != MilestoneKind.STRUCTURAL
                && lexicon.hasOwnSubject(text, clause[0], cue.start(), hits, dateSpans())) {
            return List.of();
        }
        return earlierSubject(clause);
    }

    /** "The branch line of the corridor is expected to open": the news is the part's. */
    private List<Mention> withoutWholesOfParts(List<Mention> named) {
        List<Mention> out = new ArrayList<>(named.size());
        for (int i = 0; i < named.size(); i++) {
            if (i == 0 || !lexicon.wholeOfPartBetween(text, named.get(i - 1).end(), named.get(i).start())) {
                out.add(named.get(i));
            }
        }
        return out;
    }

    /** "…was held for the city's rail project, the Northern Link": the name in apposition after the comma. */
    private List<Mention> appositiveAfter(int[] clause) {
        int next = clauses.indexOf(clause) + 1;
        if (next <= 0 || next >= clauses.size()) {
            return List.of();
        }
        int[] following = clauses.get(next);
        String opening = text.substring(following[0], following[1]);
        int lead = opening.length() - opening.stripLeading().length();
        if (opening.stripLeading().regionMatches(true, 0, "the ", 0, 4)) {
            lead += 4;
        }
        int at = following[0] + lead;
        // the name, with at most a short form in brackets, is the whole clause: else it is a subject of its own
        return between(following[0], following[1]).stream()
                .filter(m -> m.start() == at && text.substring(m.end(), following[1])
                        .replaceAll("\\([^)]*\\)", "").replaceAll("[\\p{Punct}\\s]", "").isEmpty())
                .limit(1).toList();
    }

    /** 一期、二期、三期分别于2016年、2017年、2020年通车: one event per date the clause lists; empty for fewer than two. */
    private List<PartialDate> respectiveDates(int[] clause, CueLexicon.Hit cue, boolean future) {
        // Chinese says it before the dates and the verb (分别于2024年、2025年通车), English after both
        // ("open in 2024 and 2025 respectively")
        int from;
        int to;
        if (dates.english()) {
            from = cue.end();
            to = lexicon.respectivelyAt(text, cue.end(), sentence.end());
        } else {
            from = lexicon.respectivelyAt(text, clause[0], cue.start());
            to = cue.start();
        }
        if (from < 0 || to < 0) {
            return List.of();
        }
        List<PartialDate> out = new ArrayList<>();
        for (TimeExpression e : dates.in(sentence)) {
            if (e.start() >= from && e.end() <= to) {
                PartialDate d = dates.resolve(e, sentence, future);
                if (d != null && !out.contains(d)) {
                    out.add(d);
                }
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private Mention lastNamedBefore(int from, int to) {
        Mention last = null;
        for (Mention m : projects) {
            if (m.start() >= from && m.end() <= to && (last == null || m.start() > last.start())) {
                last = m;
            }
        }
        return last;
    }

    /** The projects of the nearest clause before this one that names any. */
    private List<Mention> earlierSubject(int[] clause) {
        for (int c = clauses.indexOf(clause) - 1; c >= 0; c--) {
            List<Mention> earlier = between(clauses.get(c)[0], clauses.get(c)[1]);
            if (!earlier.isEmpty()) {
                return earlier;
            }
        }
        return List.of();
    }

    /** Where the last project named in the clause before the cue ends, else the clause start. */
    private int subjectEnd(int clauseStart, int cueStart) {
        int end = clauseStart;
        for (Mention m : projects) {
            if (m.start() >= clauseStart && m.end() <= cueStart) {
                end = Math.max(end, m.end());
            }
        }
        return end;
    }

    private List<Mention> between(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : projects) {
            if (m.start() >= from && m.end() <= to && !lexicon.locativeAt(text, m.end())
                    && !(dates.english() ? lexicon.connectedInEnglishAt(text, from, m.start())
                            : lexicon.connectedAt(text, from, m.start()) || lexicon.connectedBefore(text, m.end())
                                || endsASectionOfAnother(m, from))
                    && out.stream().noneMatch(o -> o.entity().equals(m.entity()))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * 珠肇高铁江门至珠三角枢纽机场段: a project named where a section of another, told by its ends, runs to is that
     * section's end, not a subject.
     */
    private boolean endsASectionOfAnother(Mention m, int from) {
        if (m.start() <= from + 1 || !lexicon.endpointBefore(text, m.start())) {
            return false;
        }
        int to = m.start() - 1;
        return projects.stream().anyMatch(o -> o != m && !o.entity().equals(m.entity()) && o.start() >= from
                && o.end() <= to && to - o.end() <= SECTION_START_LENGTH
                && text.substring(o.end(), to).codePoints().allMatch(Character::isIdeographic));
    }

    private static final int SECTION_START_LENGTH = 6;

    /** The time expression that dates a claim, or null. */
    private TimeExpression when(CueLexicon.Hit cue, int windowStart, boolean clauseOnly) {
        List<TimeExpression> all = dates.in(sentence);
        if (all.isEmpty()) {
            return null;
        }
        int[] clause = clauseOf(cue.start());
        // an English cue may run across a comma ("construction of X, which began in 2020")
        int[] endClause = clauseOf(cue.end() - 1);
        TimeExpression before = null;
        TimeExpression after = null;
        TimeExpression topic = null;
        for (TimeExpression e : all) {
            if (fronted > e.end() && cue.start() >= fronted) {
                continue;
            }
            if (e.end() <= cue.start() && e.start() >= clause[0]) {
                before = e;
            } else if (e.start() >= cue.end() && e.start() < endClause[1] && after == null) {
                after = e;
            } else if (e.end() <= cue.start() && e.start() >= windowStart) {
                topic = e;
            } else if (!clauseOnly && e.end() <= clauses.get(0)[1] && noCueIn(clauses.get(0))) {
                // a date opening the sentence ("12月24日，…") dates every claim in it
                topic = topic == null ? e : topic;
            }
        }
        after = shifted(after, all, endClause[1]);
        return dates.english() ? first(after, before, topic, dayLaterInSentence(cue)) : first(before, after, topic);
    }

    /** The date a postponement moves the first one to, else the first one. */
    private TimeExpression shifted(TimeExpression first, List<TimeExpression> all, int clauseEnd) {
        if (first == null) {
            return null;
        }
        for (TimeExpression e : all) {
            if (e.start() >= first.end() && e.start() < clauseEnd
                    && lexicon.shiftedTo(text.substring(first.end(), e.start()), dates.english())) {
                return e;
            }
        }
        return first;
    }

    /** English news names the day last, clauses after its verb ("…has completed its drive, …, on Tuesday"). */
    private TimeExpression dayLaterInSentence(CueLexicon.Hit cue) {
        for (TimeExpression e : dates.in(sentence)) {
            if (e.start() >= cue.end() && (e.weekday() != null || e.dayOffset() != null)) {
                return e;
            }
        }
        return null;
    }

    /** 已建成通车的港珠澳大桥: an undated cue qualifying a name is background. */
    private boolean attributive(CueLexicon.Hit cue) {
        return !dates.english() && cue.end() < text.length() && text.charAt(cue.end()) == '的';
    }

    /** A date naming its year right before the cue in its clause ("2018年7月开通后", "去年12月开通后"). */
    private boolean explicitlyDated(CueLexicon.Hit cue) {
        int[] clause = clauseOf(cue.start());
        for (TimeExpression e : dates.in(sentence)) {
            if (e.start() >= clause[0] && e.end() <= cue.start() && (e.year() != null || e.yearOffset() != null)
                    && !phraseBreakBetween(e.end(), cue.start())) {
                return true;
            }
        }
        return false;
    }

    /** Headline-style Chinese parts its phrases with spaces (2024年3月15日 某隧道贯通 某高铁建成通车后 …). */
    private boolean phraseBreakBetween(int from, int to) {
        for (int i = Math.max(from, 1); i < to - 1; i++) {
            if (text.charAt(i) == ' ' && Character.isIdeographic(text.charAt(i - 1))
                    && Character.isIdeographic(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A date in the cue's clause before it ("12月11日通车的大桥"). */
    private boolean datedInClause(CueLexicon.Hit cue) {
        int[] clause = clauseOf(cue.start());
        return dates.in(sentence).stream().anyMatch(e -> e.start() >= clause[0] && e.end() <= cue.start());
    }

    private List<int[]> dateSpans() {
        List<int[]> spans = new ArrayList<>();
        for (TimeExpression e : dates.in(sentence)) {
            spans.add(new int[] {e.start(), e.end()});
        }
        return spans;
    }

    private boolean noCueIn(int[] clause) {
        return hits.stream().noneMatch(h -> h.role() == CueLexicon.Role.KIND && h.start() >= clause[0] && h.end() <= clause[1]);
    }

    private static TimeExpression first(TimeExpression... options) {
        for (TimeExpression e : options) {
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private int[] clauseOf(int position) {
        for (int[] c : clauses) {
            if (position >= c[0] && position < c[1]) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }

    /** The sentence's clauses as [start, end) in the text: split at ，；;： and at commas inside no number or date. */
    static List<int[]> clauses(Sentence s, Pattern placeApposition) {
        List<int[]> out = new ArrayList<>();
        String t = s.text();
        int start = 0;
        Matcher apposition = placeApposition.matcher(t);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // "in Zhanjiang, Guangdong province, on June 30": a place told more closely breaks no clause
            if (c == ',' && apposition.region(i, t.length()).lookingAt()) {
                i = apposition.end();
                continue;
            }
            // "April 28, 2024" and "1,200" are not clause breaks
            boolean comma = c == ',' && !(i > 0 && Character.isDigit(t.charAt(i - 1)) && i + 1 < t.length()
                    && Character.isDigit(t.charAt(i + 1)))
                    && !(i + 5 < t.length() && t.charAt(i + 1) == ' ' && Character.isDigit(t.charAt(i + 2))
                    && Character.isDigit(t.charAt(i + 5)));
            if (c == '，' || c == '；' || c == ';' || c == '：' || comma) {
                out.add(new int[] {s.start() + start, s.start() + i + 1});
                start = i + 1;
            }
        }
        out.add(new int[] {s.start() + start, s.end()});
        return out;
    }
}
