package org.baytrack.analysis.milestone;

import org.baytrack.analysis.candidate.Candidate;
import org.baytrack.analysis.dates.DateContext;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Headlines;
import org.baytrack.analysis.sentence.Sentence;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies what each sentence claims about the projects it names. A cue word is tied to the
 * projects of its own clause, else to those of the nearest clause before it (the subject of
 * 黄茅海跨海通道…，首片节段梁成功架设); a sentence that opens with 项目/the project and names
 * none refers back to the last project named.
 */
public final class MilestoneExtractor {
    // how many sentences a description ("the new line", 该项目) reaches back, or forward in an opening
    private static final int ANAPHORA_REACH = 3;
    private final CueLexicon lexicon = new CueLexicon();

    public List<Milestone> extract(String text, List<Sentence> sentences, List<Mention> mentions, DateContext dates) {
        boolean english = dates.english();
        List<CueLexicon.Hit> chineseHits = english ? List.of() : lexicon.findChinese(text);
        List<List<Mention>> projectsBySentence = projectsBySentence(sentences, mentions);
        List<Claim> found = new ArrayList<>();
        int hitIndex = 0;
        Mention last = null;
        int lastSentence = -10;
        Set<Integer> eventSentences = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (Sentence s : sentences) {
            List<CueLexicon.Hit> hits;
            if (english) {
                boolean worth = !projectsBySentence.get(s.index()).isEmpty() || last != null
                        || nextNamed(projectsBySentence, s.index()) != null;
                hits = worth ? lexicon.findEnglish(text, s.start(), s.end()) : List.of();
            } else {
                while (hitIndex < chineseHits.size() && chineseHits.get(hitIndex).start() < s.start()) {
                    hitIndex++;
                }
                int end = hitIndex;
                while (end < chineseHits.size() && chineseHits.get(end).start() < s.end()) {
                    end++;
                }
                hits = chineseHits.subList(hitIndex, end);
            }
            List<Mention> projects = projectsBySentence.get(s.index());
            projects.stream().filter(m -> Entity.PROJECT.equals(m.type())).forEach(m -> named.add(m.entity()));
            CueLexicon.Anaphor anaphor = hasKind(hits) ? lexicon.anaphor(s.text(), english) : null;
            // the word must point back before any project is named (港珠澳大桥 holds 大桥 but names itself)
            if (anaphor != null && (projects.isEmpty() || s.start() + anaphor.end() <= projects.get(0).start())) {
                // the project named just before, else, in an opening that describes it first, the one named next;
                // it is the subject of the sentence even when a later clause names a project
                // (however far back, when it is the only work the report has named so far)
                Mention referent = last != null && (s.index() - lastSentence <= ANAPHORA_REACH || named.size() == 1) ? last
                        : last == null ? nextNamed(projectsBySentence, s.index()) : null;
                if (referent != null && sameKindOfWork(anaphor, referent)) {
                    List<Mention> withSubject = new ArrayList<>();
                    // the description stands where the name would (大桥于…通车): it is the subject, no part of the work
                    int described = s.start() + anaphor.end() <= firstCue(hits) ? s.start() + anaphor.end() : s.start();
                    withSubject.add(new Mention(referent.entity(), referent.type(), "", described, described, s.index()));
                    withSubject.addAll(projects);
                    projects = withSubject;
                }
            }
            boolean implied = false;
            if (!english && projects.isEmpty() && anaphor == null && hasKind(hits) && last != null
                    && s.index() - lastSentence <= ANAPHORA_REACH) {
                // Chinese drops a subject it has just named (…全长116公里。施工工期5年半，预计2028年通车。):
                // the claim is the last project's, unless the cue's clause names a subject of its own
                projects = List.of(new Mention(last.entity(), last.type(), "", s.start(), s.start(), s.index()));
                implied = true;
            } else if (!english && projects.isEmpty() && anaphor == null && hasKind(hits) && last == null) {
                // a report may tell the event before it names the work (…盾构机完成掘进任务。…隧道是深江铁路的控制性工程):
                // the opening's claim is the project the next sentence names, when that sentence claims nothing itself
                Mention next = namedNextWithoutCue(projectsBySentence, sentences, chineseHits, s.index());
                if (next != null) {
                    projects = List.of(new Mention(next.entity(), next.type(), "", s.start(), s.start(), s.index()));
                    implied = true;
                }
            }
            List<Claim> claims = !projects.isEmpty() && hasKind(hits)
                    ? new SentenceClaims(lexicon, text, s, projects, hits, dates, implied, eventSentences).claims() : List.of();
            if (hasKind(hits)) {
                eventSentences.add(s.index());
            }
            found.addAll(claims);
            // what the sentence claimed something about is its subject (…的横琴某隧道即将开工。该项目…); else its
            // first known project, not what it connects to (中开高速…东接深中通道); a candidate named in passing
            // is no subject, since it may be a mere phrase (…枢纽机场)
            Mention subject = claimed(claims, projectsBySentence.get(s.index()));
            if (subject == null) {
                subject = firstSubject(text, s, projectsBySentence.get(s.index()));
            }
            if (subject != null) {
                last = subject;
                lastSentence = s.index();
            } else if (last != null && s.index() - lastSentence <= ANAPHORA_REACH
                    && projectsBySentence.get(s.index()).isEmpty()) {
                // "The 401-km line …", "the railway will …": told of again by what it is, it stays the topic
                CueLexicon.Anaphor told = anaphor != null ? anaphor : lexicon.anaphor(s.text(), english);
                String described = told == null ? null : lexicon.kindOfWork(told.words());
                // "the project", "the link" may be any work; "the bridge" only a road's
                boolean project = told != null && lexicon.fitsAnyWork(told.words());
                if (described != null ? described.equals(lexicon.kindOfWork(last.text())) : project) {
                    lastSentence = s.index();
                }
            }
        }
        // 五年来，港珠澳大桥、广深港高铁等工程建成通车: an undated opening in a look back is no news of its own
        found.removeIf(c -> c.milestone().date() == null && c.milestone().kind() != MilestoneKind.STRUCTURAL
                && lexicon.looksBack(c.milestone().evidence()));
        // 力争2024年完工 on a page of 2025: a target whose time is over says nothing of what is to come
        found.removeIf(c -> c.milestone().kind() == MilestoneKind.FORECAST_OPENING
                && dates.isOver(c.milestone().when()));
        Set<Integer> headlines = headlines(sentences);
        Set<Integer> undatedHeadlines = new HashSet<>();
        for (Sentence s : sentences) {
            if (headlines.contains(s.index()) && dates.in(s).isEmpty()) {
                undatedHeadlines.add(s.index());
            }
        }
        return deduplicate(found, headlines, undatedHeadlines, dates);
    }

    /** "the new railway" does not point at a port: a description and the name it points at are the same kind of work. */
    private boolean sameKindOfWork(CueLexicon.Anaphor anaphor, Mention referent) {
        String described = lexicon.kindOfWork(anaphor.words());
        String named = lexicon.kindOfWork(referent.text());
        return described == null || named == null || described.equals(named);
    }

    private static Mention nextNamed(List<List<Mention>> projectsBySentence, int sentence) {
        for (int i = sentence + 1; i < projectsBySentence.size() && i <= sentence + ANAPHORA_REACH; i++) {
            Mention known = firstKnown(projectsBySentence.get(i));
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private Mention namedNextWithoutCue(List<List<Mention>> projectsBySentence, List<Sentence> sentences,
                                        List<CueLexicon.Hit> chineseHits, int sentence) {
        if (sentence + 1 >= sentences.size()) {
            return null;
        }
        Sentence next = sentences.get(sentence + 1);
        boolean cued = chineseHits.stream().anyMatch(h -> h.start() >= next.start() && h.start() < next.end()
                && h.role() == CueLexicon.Role.KIND);
        return cued ? null : firstKnown(projectsBySentence.get(sentence + 1));
    }

    private static Mention claimed(List<Claim> claims, List<Mention> named) {
        for (Claim c : claims) {
            for (Mention m : named) {
                if (m.entity().equals(c.milestone().project())) {
                    return m;
                }
            }
        }
        return null;
    }

    private static Mention firstKnown(List<Mention> named) {
        for (Mention m : named) {
            if (Entity.PROJECT.equals(m.type())) {
                return m;
            }
        }
        return null;
    }

    /** The first known project of the sentence that is not what another work connects to (…终于大岗镇(接广中江高速)). */
    private Mention firstSubject(String text, Sentence s, List<Mention> named) {
        List<int[]> clauses = null;
        for (Mention m : named) {
            if (!Entity.PROJECT.equals(m.type())) {
                continue;
            }
            clauses = clauses != null ? clauses : SentenceClaims.clauses(s, lexicon.placeApposition());
            int clauseStart = clauses.stream().filter(c -> m.start() >= c[0] && m.start() < c[1]).mapToInt(c -> c[0])
                    .findFirst().orElse(s.start());
            if (!lexicon.connectedAt(text, clauseStart, m.start())) {
                return m;
            }
        }
        return null;
    }

    private static int firstCue(List<CueLexicon.Hit> hits) {
        return hits.stream().filter(h -> h.role() == CueLexicon.Role.KIND).mapToInt(CueLexicon.Hit::start).min()
                .orElse(Integer.MAX_VALUE);
    }

    private static boolean hasKind(List<CueLexicon.Hit> hits) {
        for (CueLexicon.Hit h : hits) {
            if (h.role() == CueLexicon.Role.KIND) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Mention>> projectsBySentence(List<Sentence> sentences, List<Mention> mentions) {
        List<List<Mention>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            if ((Entity.PROJECT.equals(m.type()) || Candidate.MENTION_TYPE.equals(m.type())) && m.sentence() >= 0) {
                out.get(m.sentence()).add(m);
            }
        }
        return out;
    }

    /**
     * Opening lines without sentence-final punctuation: a title that sums up the body; and a later such line that
     * repeats one (a page footer or a print line: 某报某版中开高速与深中通道同步通车 记者2024-06-20).
     */
    /** The page's opening lines, lines later on that repeat one of them (a footer or print line), and captions. */
    private static Set<Integer> headlines(List<Sentence> sentences) {
        Set<Integer> out = new HashSet<>(Headlines.opening(sentences));
        List<String> titles = sentences.stream().filter(s -> out.contains(s.index())).map(s -> s.text().strip())
                .filter(t -> t.length() >= MIN_REPEATED_TITLE).toList();
        for (int i = 0; i < sentences.size(); i++) {
            String t = sentences.get(i).text().strip();
            if (Headlines.unpunctuated(t) && titles.stream().anyMatch(t::contains) || Headlines.caption(t)) {
                out.add(sentences.get(i).index());
            }
        }
        return out;
    }

    private static final int MIN_REPEATED_TITLE = 6;

    private static boolean sameCue(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    private static final int HEADLINE_SKEW_DAYS = 3;
    private static final Set<MilestoneKind> ONE_OFF = Set.of(MilestoneKind.OPENED, MilestoneKind.CONSTRUCTION_STARTED,
            MilestoneKind.APPROVED);

    /** Days between two day-precision ISO dates; the widest when either is not a day. */
    private static long daysApart(String a, String b) {
        if (a == null || b == null || a.length() != 10 || b.length() != 10) {
            return Long.MAX_VALUE;
        }
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
    }

    private static boolean finer(String date, String than) {
        return date != null && (than == null || date.length() > than.length() && date.startsWith(than));
    }

    /**
     * One claim per project, kind and date. An undated claim of the same kind as a dated one is
     * the same event told twice (headline and body), so it gives way; structural claims only when
     * the cue word or the sentence is the same too, since 合龙 and 贯通 are different events.
     */
    private static List<Milestone> deduplicate(List<Claim> all, Set<Integer> headlines, Set<Integer> undatedHeadlines,
                                               DateContext dates) {
        Map<String, Claim> byKey = new LinkedHashMap<>();
        for (Claim c : all) {
            Milestone m = c.milestone();
            byKey.putIfAbsent(m.project() + "|" + m.kind() + "|" + m.date(), c);
        }
        List<Milestone> out = new ArrayList<>();
        for (Claim c : byKey.values()) {
            Milestone m = c.milestone();
            // told again less precisely (2019-04 beside 2019-04-02, or undated): the same event
            // (not one of a past year: "is now in operation" beside "the first runway opened in 2022" is today's news)
            boolean datedTwin = byKey.values().stream()
                    .anyMatch(o -> o != c && finer(o.milestone().date(), m.date())
                            && !(m.date() == null && m.kind() == MilestoneKind.OPENED
                                && dates.isOver(PartialDate.year(o.milestone().when().year())))
                            && o.milestone().project().equals(m.project())
                            && o.milestone().kind() == m.kind()
                            && (sameCue(o.cue(), c.cue()) || headlines.contains(m.sentence())
                                || o.milestone().sentence() == m.sentence()
                                || m.kind() != MilestoneKind.STRUCTURAL));
            // a headline sums up the body: a claim days apart from the body's is the same event, told with the
            // page's own sense of "today" (今日通车 on a page stamped the morning after); one the headline does not
            // date itself is the body's, whatever stamp stands above it
            boolean toldInBody = headlines.contains(m.sentence()) && byKey.values().stream()
                    .anyMatch(o -> !headlines.contains(o.milestone().sentence())
                            && (daysApart(o.milestone().date(), m.date()) <= HEADLINE_SKEW_DAYS
                                || undatedHeadlines.contains(m.sentence()) && o.milestone().date() != null)
                            && o.milestone().project().equals(m.project()) && o.milestone().kind() == m.kind()
                            && (sameCue(o.cue(), c.cue()) || m.kind() != MilestoneKind.STRUCTURAL));
            // "will open on June 30" beside "opened on June 30": the forecast came true in the same report
            // (a headline's opening is that only when the body tells one too)
            boolean cameTrue = m.kind() == MilestoneKind.FORECAST_OPENING && m.date() != null
                    && byKey.values().stream().anyMatch(o -> o.milestone().kind() == MilestoneKind.OPENED
                            && o.milestone().project().equals(m.project()) && m.date().equals(o.milestone().date())
                            && (!headlines.contains(o.milestone().sentence())
                                || bodyOpens(byKey, headlines, m.project(), o.milestone().date())));
            // an opening, a start or an approval told again days later in the same report (昨3日举行启动仪式 … 局长表示，
            // 今天正式启动的…): a speaker's "today" is the event's day, so the report's first telling stands
            boolean retold = ONE_OFF.contains(m.kind()) && byKey.values().stream()
                    .takeWhile(o -> o != c)
                    .anyMatch(o -> !headlines.contains(o.milestone().sentence())
                            && o.milestone().project().equals(m.project()) && o.milestone().kind() == m.kind()
                            && daysApart(o.milestone().date(), m.date()) <= HEADLINE_SKEW_DAYS);
            // 中开高速与深中通道同步通车, 深中通道6月30日通车 over a body telling it is to come: the headline drops the 将,
            // not the forecast
            boolean headlineOfAForecast = headlines.contains(m.sentence())
                    && m.kind() == MilestoneKind.OPENED && !bodyOpens(byKey, headlines, m.project(), m.date())
                    && byKey.values().stream()
                    .anyMatch(o -> !headlines.contains(o.milestone().sentence())
                            && o.milestone().kind() == MilestoneKind.FORECAST_OPENING
                            && o.milestone().project().equals(m.project())
                            && (m.date() == null || m.date().equals(o.milestone().date())
                                || finer(m.date(), o.milestone().date())
                                || daysApart(o.milestone().date(), m.date()) <= HEADLINE_SKEW_DAYS));
            // 赣深高铁年底动工 over a body telling the start is planned for then: the headline drops the 计划
            boolean headlineOfAPlan = headlines.contains(m.sentence())
                    && m.kind() == MilestoneKind.CONSTRUCTION_STARTED && byKey.values().stream()
                    .anyMatch(o -> !headlines.contains(o.milestone().sentence())
                            && o.milestone().kind() == MilestoneKind.PLANNED
                            && o.milestone().project().equals(m.project())
                            && sameEventDate(o.milestone().date(), m.date()))
                    && byKey.values().stream().noneMatch(o -> !headlines.contains(o.milestone().sentence())
                            && o.milestone().kind() == MilestoneKind.CONSTRUCTION_STARTED
                            && o.milestone().project().equals(m.project()));
            // 广中江高速三期于12月28日通车，标志着全线贯通: an undated 贯通 beside the day's opening is what the opening marks
            boolean markedByOpening = m.kind() == MilestoneKind.STRUCTURAL && m.date() == null
                    && byKey.values().stream().anyMatch(o -> o.milestone().sentence() == m.sentence()
                            && o.milestone().kind() == MilestoneKind.OPENED && o.milestone().date() != null
                            && o.milestone().project().equals(m.project()));
            // 打下首根钢管桩，标志着项目正式开工: a first piece that marks the day's start is that start
            boolean markedStart = m.kind() == MilestoneKind.STRUCTURAL && byKey.values().stream()
                    .anyMatch(o -> o.milestone().sentence() == m.sentence()
                            && o.milestone().kind() == MilestoneKind.CONSTRUCTION_STARTED
                            && o.milestone().project().equals(m.project())
                            && java.util.Objects.equals(o.milestone().date(), m.date()));
            // 即将通车, "will open after the port works are done": a forecast says something only with its date
            boolean undatedForecast = m.kind() == MilestoneKind.FORECAST_OPENING && m.date() == null;
            if (!datedTwin && !toldInBody && !cameTrue && !retold && !headlineOfAForecast && !markedByOpening
                    && !undatedForecast && !markedStart && !headlineOfAPlan) {
                out.add(m);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Whether the body tells an opening of the project that may be the one of this date (any, when undated). */
    private static boolean bodyOpens(Map<String, Claim> byKey, Set<Integer> headlines, String project, String date) {
        return byKey.values().stream().anyMatch(o -> !headlines.contains(o.milestone().sentence())
                && o.milestone().kind() == MilestoneKind.OPENED && o.milestone().project().equals(project)
                && sameEventDate(o.milestone().date(), date));
    }

    private static boolean sameEventDate(String a, String b) {
        return a == null || b == null || a.equals(b) || finer(a, b) || finer(b, a) || daysApart(a, b) <= HEADLINE_SKEW_DAYS;
    }
}
