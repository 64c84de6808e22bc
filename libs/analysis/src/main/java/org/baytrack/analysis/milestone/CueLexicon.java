package org.baytrack.analysis.milestone;

import org.baytrack.analysis.data.DataFiles;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.text.TermMatcher;
import org.baytrack.events.vocabulary.MilestoneKind;

import org.baytrack.analysis.text.Alternatives;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue words from cues.yaml: Chinese ones found in one Aho-Corasick pass (longest match wins,
 * so 建成后 hides 建成), English ones as regexes run only on sentences that name a project.
 */
final class CueLexicon {

    enum Role { KIND, FORECAST, PAST, NEGATION, BLOCKER }

    /**
     * trailing: a forecast word that also counts after the cue ("通车时间推迟至2024年");
     * background: a cue told as background ("建成后", "开通以来").
     */
    record Hit(int start, int end, Role role, MilestoneKind kind, boolean trailing, boolean background) {
        Hit(int start, int end, Role role, MilestoneKind kind, boolean trailing) {
            this(start, end, role, kind, trailing, false);
        }
    }

    record Words(List<String> zh, List<String> en, String after) {
    }

    record Data(int version, Map<String, Words> kinds, Map<String, Words> markers, Map<String, List<String>> clauseFinal,
                List<String> clauseFinalNotAfter, List<String> clauseFinalQualifiers, List<String> clauseFillers, List<String> locativeAfter, Words anaphora,
                Goal goal, PartOf partOf, List<String> connectors, String sectionOpening, String clauseFinalObject,
                Map<String, List<String>> kindsOfWork, String comitative, List<String> successive,
                List<String> respectively, List<String> accomplished,
                String englishConnectors, Qualified qualifiedStructural, List<String> stateMarkers,
                String clockTime, String venue, ShiftedTo shiftedTo, String connectedBefore, List<String> connectorEndpoints,
                BackgroundAround backgroundAround, String englishRelative, String englishFrontedPhrase,
                String englishPlaceApposition, BareStart bareStart, List<String> continuations,
                List<String> lookingBack, String anyKindOfWork, String question, String restOfTheYear, String approvedStudies,
                String englishSubjectless,
                String englishSubjectEnd, Connection connection, String englishWholeOfPart, List<String> conditionals) {
    }

    record Connection(List<String> cues, String before, String after) {
    }

    record BareStart(List<String> cues, String objects, String subjects) {
    }

    record Qualified(QualifiedWords zh, QualifiedWords en) {
    }

    record QualifiedWords(List<String> cues, List<String> qualifiers, String progress, List<String> whole,
                          String progressAfter) {
    }

    record Goal(String before, String after) {
    }

    record ShiftedTo(List<String> zh, String en) {
    }

    record BackgroundAround(String before, String after, String nominal, String effect, String undatedBefore,
                            String significance) {
    }

    record PartOf(List<String> structural, List<String> stageOf, List<String> other, String englishStructural,
                  String englishOther) {
    }

    /** What a part word between a project and its completion/opening cue makes of the claim. */
    enum Part { NONE, STRUCTURAL, OTHER }

    // how far after a cue its goal may be told (完成整个三跑道系统为目标)
    private static final int GOAL_REACH = 16;
    private static final String CLAUSE_END = "，。；,;！!？?\n：:";

    private final TermMatcher<Hit> chinese;
    private final Map<String, Hit> chineseRoles = new HashMap<>();
    private final Set<String> clauseFinalWords = new HashSet<>();
    private final List<String> clauseFinalNotAfter;
    private final List<String> clauseFillers;
    private final List<String> conditionals;
    private final Pattern clockTime;
    private final Pattern venue;
    private final Pattern placeApposition;
    private final List<String> shiftedToZh;
    private final Pattern shiftedToEn;
    private final List<String> locativeAfter;
    private final List<String> connectors;
    private final List<String> connectorEndpoints;
    private final Pattern connectedBefore;
    private final Pattern undatedCircumstanceBefore;
    private final Pattern circumstanceBefore;
    private final Pattern ageAfter;
    private final Pattern nominalBefore;
    private final Pattern effectAfter;
    private final Pattern significanceAfter;
    private final List<String> successive;
    private final List<String> connectionCues;
    private final Pattern connectedWith;
    private final Pattern connecting;
    private final Pattern englishWholeOfPart;
    private final List<String> accomplished;
    private final List<String> finishQualifiers;
    private final List<String> respectively;
    private final Pattern englishConnectors;
    private final Pattern englishRelative;
    private final Pattern englishFrontedPhrase;
    private final Qualified qualifiedStructural;
    private final List<String> stateMarkers;
    private final Pattern englishQualifiedCue;
    private final Pattern englishQualifier;
    private final Pattern chineseProgress;
    private final Pattern chineseProgressAfter;
    private final Pattern englishProgress;
    private final Pattern englishWhole;
    private final Map<MilestoneKind, Pattern> englishKinds = new EnumMap<>(MilestoneKind.class);
    private final Map<Role, Pattern> englishMarkers = new EnumMap<>(Role.class);
    private final Pattern englishTrailingForecast;
    private final List<String> chineseAnaphora;
    private final Pattern englishAnaphora;
    private final Pattern sectionOpening;
    private final Pattern clauseFinalObject;
    private final Set<String> bareStarts;
    private final List<String> continuations;
    private final List<String> lookingBack;
    private final Pattern anyKindOfWork;
    private final Pattern startedObject;
    private final Pattern startedSubject;
    private final Pattern question;
    private final Pattern restOfTheYear;
    private final Pattern approvedStudies;
    private final Map<String, Pattern> kindsOfWork = new java.util.LinkedHashMap<>();
    private final Pattern comitative;
    private final Pattern backgroundAfter;
    private final Pattern goalBefore;
    private final Pattern goalAfter;
    private final List<String> structuralParts;
    private final List<String> otherParts;
    private final List<String> stageParts;
    private final Pattern englishStructuralParts;
    private final Pattern englishOtherParts;
    private final Pattern englishSubjectless;
    private final Pattern englishSubjectEnd;
    private final List<String> chineseForecastWords;

    CueLexicon() {
        Data data = DataFiles.read("cues.yaml", Data.class);
        data.markers().forEach((name, words) -> {
            if (name.equals("forecastAfter")) {
                return;
            }
            Role role = Role.valueOf(name.toUpperCase(Locale.ROOT));
            words.zh().forEach(w -> chineseRoles.put(w, new Hit(0, 0, role, null, false)));
            englishMarkers.put(role, Alternatives.compile(words.en(), Pattern.CASE_INSENSITIVE));
        });
        chineseForecastWords = data.markers().get("forecast").zh().stream().filter(w -> w.length() > 1).toList();
        Words trailing = data.markers().get("forecastAfter");
        trailing.zh().forEach(w -> chineseRoles.put(w, new Hit(0, 0, Role.FORECAST, null, true)));
        englishTrailingForecast = Alternatives.compile(trailing.en(), Pattern.CASE_INSENSITIVE);
        data.kinds().forEach((name, words) -> {
            MilestoneKind kind = MilestoneKind.fromCode(name);
            words.zh().forEach(w -> chineseRoles.put(w, new Hit(0, 0, Role.KIND, kind, false)));
            englishKinds.put(kind, Alternatives.compile(words.en(), Pattern.CASE_INSENSITIVE));
        });
        data.clauseFinal().forEach((name, words) -> words.forEach(w -> {
            chineseRoles.putIfAbsent(w, new Hit(0, 0, Role.KIND, MilestoneKind.fromCode(name), false));
            clauseFinalWords.add(w);
        }));
        clauseFinalNotAfter = data.clauseFinalNotAfter();
        locativeAfter = data.locativeAfter();
        connectors = data.connectors();
        connectorEndpoints = data.connectorEndpoints();
        connectedBefore = Pattern.compile(data.connectedBefore());
        circumstanceBefore = Pattern.compile(data.backgroundAround().before());
        undatedCircumstanceBefore = Pattern.compile(data.backgroundAround().undatedBefore());
        ageAfter = Pattern.compile(data.backgroundAround().after());
        nominalBefore = Pattern.compile(data.backgroundAround().nominal());
        effectAfter = Pattern.compile(data.backgroundAround().effect());
        significanceAfter = Pattern.compile(data.backgroundAround().significance());
        successive = data.successive();
        connectionCues = data.connection().cues();
        connectedWith = Pattern.compile(data.connection().before());
        connecting = Pattern.compile(data.connection().after());
        englishWholeOfPart = Pattern.compile(data.englishWholeOfPart());
        accomplished = data.accomplished();
        finishQualifiers = data.clauseFinalQualifiers();
        respectively = data.respectively();
        englishConnectors = Pattern.compile(data.englishConnectors(), Pattern.CASE_INSENSITIVE);
        englishRelative = Pattern.compile(data.englishRelative(), Pattern.CASE_INSENSITIVE);
        englishFrontedPhrase = Pattern.compile(data.englishFrontedPhrase(), Pattern.CASE_INSENSITIVE);
        qualifiedStructural = data.qualifiedStructural();
        stateMarkers = data.stateMarkers();
        englishQualifiedCue = Alternatives.compile(qualifiedStructural.en().cues(), Pattern.CASE_INSENSITIVE);
        englishQualifier = Alternatives.compile(qualifiedStructural.en().qualifiers(), Pattern.CASE_INSENSITIVE);
        chineseProgress = Pattern.compile(qualifiedStructural.zh().progress());
        chineseProgressAfter = Pattern.compile(qualifiedStructural.zh().progressAfter());
        englishProgress = Pattern.compile(qualifiedStructural.en().progress(), Pattern.CASE_INSENSITIVE);
        englishWhole = Alternatives.compile(qualifiedStructural.en().whole(), Pattern.CASE_INSENSITIVE);
        clauseFillers = data.clauseFillers().stream().sorted((a, b) -> b.length() - a.length()).toList();
        conditionals = data.conditionals();
        clockTime = Pattern.compile(data.clockTime());
        venue = Pattern.compile(data.venue());
        placeApposition = Pattern.compile(data.englishPlaceApposition());
        shiftedToZh = data.shiftedTo().zh();
        shiftedToEn = Pattern.compile(data.shiftedTo().en(), Pattern.CASE_INSENSITIVE);
        chineseAnaphora = data.anaphora().zh();
        englishAnaphora = Alternatives.compile(data.anaphora().en(), Pattern.CASE_INSENSITIVE);
        sectionOpening = Pattern.compile(data.sectionOpening());
        clauseFinalObject = Pattern.compile(data.clauseFinalObject());
        bareStarts = Set.copyOf(data.bareStart().cues());
        continuations = data.continuations();
        lookingBack = data.lookingBack();
        anyKindOfWork = Pattern.compile(data.anyKindOfWork());
        startedObject = Pattern.compile(data.bareStart().objects());
        startedSubject = Pattern.compile(data.bareStart().subjects());
        question = Pattern.compile(data.question());
        restOfTheYear = Pattern.compile(data.restOfTheYear());
        approvedStudies = Pattern.compile(data.approvedStudies());
        // an English word counts whole: "report" holds no port
        data.kindsOfWork().forEach((kind, words) -> kindsOfWork.put(kind, Pattern.compile(words.stream()
                .map(w -> w.chars().allMatch(c -> c < 0x80) ? "(?<![a-z])" + Pattern.quote(w) + "(?:e?s)?(?![a-z])" : Pattern.quote(w))
                .collect(java.util.stream.Collectors.joining("|")))));
        comitative = Pattern.compile(data.comitative());
        backgroundAfter = Pattern.compile(data.markers().get("blocker").after());
        chinese = new TermMatcher<>(chineseRoles, null);
        goalBefore = Pattern.compile(data.goal().before());
        goalAfter = Pattern.compile(data.goal().after());
        structuralParts = data.partOf().structural();
        otherParts = data.partOf().other();
        stageParts = data.partOf().stageOf();
        englishStructuralParts = Pattern.compile(data.partOf().englishStructural(), Pattern.CASE_INSENSITIVE);
        englishOtherParts = Pattern.compile(data.partOf().englishOther(), Pattern.CASE_INSENSITIVE);
        englishSubjectless = Pattern.compile(data.englishSubjectless(), Pattern.CASE_INSENSITIVE);
        englishSubjectEnd = Pattern.compile(data.englishSubjectEnd(), Pattern.CASE_INSENSITIVE);
    }

    /** ", Guangdong province," and ", south China's Guangdong Province,": a place told more closely, at its commas. */
    Pattern placeApposition() {
        return placeApposition;
    }

    /** Whether a Chinese cue is told as a goal ahead ("距离建成通车又近了一步", "向通车目标迈进"). */
    boolean goalAt(String text, int clauseStart, int cueStart, int cueEnd) {
        if (goalAfter.matcher(text).region(cueEnd, Math.min(text.length(), cueEnd + GOAL_REACH)).lookingAt()) {
            return true;
        }
        return goalBefore.matcher(text).region(Math.max(clauseStart, cueStart - 8), cueStart).find();
    }

    /** Whether the stretch between a project and its cue names a part of the project (…特大桥完工, …控制性工程完工). */
    Part partBetween(String text, int from, int to, String projectName) {
        if (to <= from) {
            return Part.NONE;
        }
        String between = text.substring(from, to);
        for (String w : structuralParts) {
            // …港珠澳大桥…，大桥将于年底通车: the bridge is the project itself, named by its kind
            if (between.startsWith(w) && projectName.endsWith(w)) {
                between = between.substring(w.length());
                break;
            }
        }
        for (String w : stageParts) {
            if (between.contains(w)) {
                return Part.OTHER;
            }
        }
        for (String w : structuralParts) {
            if (between.contains(w)) {
                return Part.STRUCTURAL;
            }
        }
        for (String w : otherParts) {
            if (between.contains(w)) {
                return Part.OTHER;
            }
        }
        return Part.NONE;
    }

    /**
     * "The undersea tunnel of the link, a mega project, has completed …": whether the clause opens, up to its first comma,
     * on a structure of the project rather than the whole (the names of projects aside, and the project's own kind:
     * "the tunnel" of a tunnel project is the project).
     */
    Part englishPartOpening(String text, int sentenceStart, int ownClauseStart, int cueStart, List<Mention> projects,
                            String projectName) {
        // ", which …, was completed Tuesday": a clause with no subject of its own goes on with the sentence's
        int clauseStart = englishSubjectless.matcher(text).region(ownClauseStart, cueStart).lookingAt()
                ? sentenceStart : ownClauseStart;
        int end = cueStart;
        int comma = text.indexOf(',', clauseStart);
        if (comma >= 0 && comma < end) {
            end = comma;
        }
        // "The project is in the detailed design stage and …": the subject ends at its verb
        Matcher verb = englishSubjectEnd.matcher(text).region(clauseStart, end);
        if (verb.find()) {
            end = verb.start();
        }
        StringBuilder opening = new StringBuilder(text.substring(clauseStart, end));
        for (Mention m : projects) {
            for (int i = Math.max(m.start(), clauseStart); i < Math.min(m.end(), end); i++) {
                opening.setCharAt(i - clauseStart, ' ');
            }
        }
        if (englishOtherParts.matcher(opening).find()) {
            return Part.OTHER;
        }
        Matcher part = englishStructuralParts.matcher(opening);
        return part.find() && !projectName.toLowerCase(Locale.ROOT).contains(part.group().toLowerCase(Locale.ROOT))
                ? Part.STRUCTURAL : Part.NONE;
    }

    /** 已建成通车: the clause before the cue tells a state reached some time, not an event of the day. */
    boolean stateAt(String text, int from, int to) {
        String stretch = text.substring(from, to);
        return stateMarkers.stream().anyMatch(stretch::contains);
    }

    /** Where a word saying "respectively" (分别) stands in a stretch; -1 when none does. */
    int respectivelyAt(String text, int from, int to) {
        String stretch = text.substring(from, to);
        return respectively.stream().mapToInt(stretch::indexOf).filter(i -> i >= 0).map(i -> from + i).min().orElse(-1);
    }

    /** Whether a stretch tells the work as done well (顺利, 成功): an event that has happened. */
    boolean accomplishedAt(String text, int from, int to) {
        return holdsAny(accomplished, text, from, to);
    }

    /** 在甲站与乙线贯通, 贯通甲区和乙区: a line joined to another, or two places it links, is no breakthrough. */
    boolean connectionAt(String text, int clauseStart, int cueStart, int cueEnd) {
        return connectionCues.contains(text.substring(cueStart, cueEnd))
                && (connectedWith.matcher(text).region(clauseStart, cueStart).find()
                    || connecting.matcher(text).region(cueEnd, text.length()).lookingAt());
    }

    /** "the branch line of the corridor": whether what stands between two names makes the second the whole of the first. */
    boolean wholeOfPartBetween(String text, int from, int to) {
        return englishWholeOfPart.matcher(text).region(from, to).matches();
    }

    /** 相继建成通车: a word in the clause before the cue saying the events came one after another. */
    boolean successiveAt(String text, int from, int to) {
        return holdsAny(successive, text, from, to);
    }

    private static boolean holdsAny(List<String> words, String text, int from, int to) {
        String stretch = text.substring(from, to);
        return words.stream().anyMatch(stretch::contains);
    }

    /**
     * Whether a stretch of Chinese text, once time expressions, marker words and fillers are
     * taken out, still holds a noun of its own (two or more ideographs).
     */
    boolean hasOwnSubject(String text, int from, int to, List<Hit> hits, List<int[]> dates) {
        if (sectionOpening.matcher(text).region(from, to).lookingAt()) {
            // 江门段已通车，中山段今年通车: a section of the project named before, not a subject of its own
            return false;
        }
        int ideographs = 0;
        Matcher clock = clockTime.matcher(text);
        Matcher where = venue.matcher(text);
        for (int i = from; i < to; i++) {
            int skip = covered(i, hits, dates);
            if (skip > i) {
                i = skip - 1;
                continue;
            }
            String filler = fillerAt(text, i, to, clock, where);
            if (filler != null) {
                i += filler.length() - 1;
                continue;
            }
            char c = text.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF && ++ideographs >= 2) {
                return true;
            }
        }
        return false;
    }

    private static int covered(int i, List<Hit> hits, List<int[]> dates) {
        for (Hit h : hits) {
            if (h.start() <= i && i < h.end()) {
                return h.end();
            }
        }
        for (int[] d : dates) {
            if (d[0] <= i && i < d[1]) {
                return d[1];
            }
        }
        return -1;
    }

    /** A filler, or a word pointing back at the subject (新跑道, 该项目), which is no subject of its own either. */
    private String fillerAt(String text, int i, int to, Matcher clock, Matcher where) {
        if (clock.region(i, to).lookingAt()) {
            return clock.group();
        }
        if (where.region(i, to).lookingAt()) {
            return where.group();
        }
        for (List<String> words : List.of(clauseFillers, chineseAnaphora)) {
            for (String f : words) {
                if (i + f.length() <= to && text.startsWith(f, i)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Whether a sentence looks back over years (五年来, 过去两年, "over the past five years"). */
    boolean looksBack(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return lookingBack.stream().anyMatch(s::contains);
    }

    /** 如果能在今年开工的话，将在2024年通车: a clause of supposition makes what follows it hypothetical. */
    boolean supposes(String text, int clauseStart, int clauseEnd) {
        return holdsAny(conditionals, text, clauseStart, clauseEnd);
    }

    /** 将举行仪式，并于24日通车: whether a clause goes on with the one before it, and so with its tense. */
    boolean continuesTheClauseBefore(String text, int clauseStart) {
        int at = clauseStart;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int from = at;
        // 预计6月30日开通，当天上午举行仪式，15时通车: a time of the day told goes on with it too
        return continuations.stream().anyMatch(w -> text.startsWith(w, from))
                || clockTime.matcher(text).region(from, text.length()).lookingAt();
    }

    /** Whether the clause names its project as a companion (与深中通道同步通车), the subject standing before it. */
    boolean comitativeAt(String text, int clauseStart, int mentionStart) {
        return comitative.matcher(text).region(clauseStart, mentionStart).find();
    }

    /** 与深中通道相接的…: whether a project ending here is what a connecting verb after it joins the subject to. */
    boolean connectedBefore(String text, int mentionEnd) {
        return connectedBefore.matcher(text).region(mentionEnd, text.length()).lookingAt();
    }

    /** Whether the name at this point is where something runs to (…至珠三角枢纽机场, …到新口岸). */
    boolean endpointBefore(String text, int at) {
        return connectorEndpoints.stream().anyMatch(e -> at >= e.length() && text.startsWith(e, at - e.length()));
    }

    /** Whether a project at this point is the object of a connecting verb before it, not the clause's subject. */
    boolean connectedAt(String text, int clauseStart, int at) {
        // back from the name to the clause start, stopping at a 的 (连接深中通道的南沙线: 南沙线 is the subject)
        // unless the name is where the connection runs to (连接北环线的新田站至新皇岗口岸)
        boolean endpoint = endpointBefore(text, at);
        for (int i = at - 1; i >= clauseStart; i--) {
            if (text.charAt(i) == '的' && !endpoint) {
                return false;
            }
            for (String w : connectors) {
                if (i + w.length() <= at && text.startsWith(w, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text at this point turns the name before it into a place (…沿线, …周边). */
    /**
     * 架设, 吊装, "installed": a milestone only when the clause names a first, last or whole piece or a key
     * structure before the cue (首片钢箱梁架设), not for work under way (累计架设300片).
     */
    private static final int OBJECT_REACH = 40;
    private static final Pattern PIECE_AFTER_VERB = Pattern.compile(
            "^\\S+\\s+(?:the |its |their )?(?:first|final|last)\\b", Pattern.CASE_INSENSITIVE);

    boolean unqualifiedLift(String text, int clauseStart, int cueStart, int cueEnd, boolean english) {
        String cue = text.substring(cueStart, cueEnd);
        String before = text.substring(clauseStart, cueStart);
        if (english) {
            // "hoisted the first girder into place": the piece may follow the verb
            String after = text.substring(cueStart, Math.min(text.length(), cueEnd + OBJECT_REACH));
            return englishQualifiedCue.matcher(cue).lookingAt() && !englishQualifier.matcher(before).find()
                    && !PIECE_AFTER_VERB.matcher(after).find();
        }
        return qualifiedStructural.zh().cues().contains(cue)
                && qualifiedStructural.zh().qualifiers().stream().noneMatch(before::contains);
    }

    /**
     * 随着…的开通, 开通三年多来, 开通首月, 大桥的开通，将…: an opening told as a circumstance, as the age of what is reported
     * or for what it brings.
     */
    boolean backgroundAround(String text, int clauseStart, int cueStart, int cueEnd) {
        return circumstanceBefore.matcher(text).region(clauseStart, cueStart).find()
                || ageAfter.matcher(text).region(cueEnd, text.length()).lookingAt()
                || nominalBefore.matcher(text).region(clauseStart, cueStart).find()
                && effectAfter.matcher(text).region(cueEnd, text.length()).lookingAt();
    }

    /** 大桥的开通对于…具有重要意义: the opening as a noun whose meaning is told, which counts only when its clause dates it. */
    boolean significanceAt(String text, int clauseStart, int cueStart, int cueEnd) {
        return nominalBefore.matcher(text).region(clauseStart, cueStart).find()
                && significanceAfter.matcher(text).region(cueEnd, text.length()).lookingAt();
    }

    /** 随着项目通车，…: whether a Chinese cue is told as a circumstance, which counts only when its clause dates it. */
    boolean circumstanceAt(String text, int clauseStart, int cueStart) {
        return undatedCircumstanceBefore.matcher(text).region(clauseStart, cueStart).find();
    }

    /** 年底, 下半年: whether a time told with no year is a part of the reference year still ahead of its start. */
    boolean restOfTheYear(String told) {
        return restOfTheYear.matcher(told).matches();
    }

    /** 批准…开展北环线项目的详细规划及设计: whether an approval is of the studies, not of the project. */
    boolean approvesStudiesAt(String text, int cueEnd) {
        return approvedStudies.matcher(text).region(cueEnd, text.length()).lookingAt();
    }

    /** 2023年能开工建设吗: whether a Chinese cue is asked about. */
    boolean askedAt(String text, int cueEnd) {
        return question.matcher(text).region(cueEnd, text.length()).lookingAt();
    }

    /** Whether the words between two dates move the first to the second (由2027年推迟至2028年). */
    boolean shiftedTo(String between, boolean english) {
        return english ? shiftedToEn.matcher(between).matches() : shiftedToZh.stream().anyMatch(between::contains);
    }

    /** 已完成31个沉管安装, "the 20th segment": a count of pieces done so far, not the milestone of a first or last one. */
    boolean progressCount(String text, int clauseStart, int cueStart, int cueEnd, boolean english) {
        String before = text.substring(clauseStart, cueStart);
        if (english) {
            return englishProgress.matcher(before).find() && !englishWhole.matcher(before).find();
        }
        return (chineseProgress.matcher(before).find() || chineseProgressAfter.matcher(text).region(cueEnd, text.length())
                .lookingAt()) && qualifiedStructural.zh().whole().stream().noneMatch(before::contains);
    }

    /** Where the last relative pronoun (", which") between two points starts; -1 when there is none. */
    int englishRelativeBefore(String text, int from, int to) {
        Matcher m = englishRelative.matcher(text).region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** Where an opening phrase of circumstance ("Following the completion of the works in 2024,") ends; -1 if none. */
    int englishFrontedPhraseEnd(String text, int sentenceStart, int sentenceEnd) {
        Matcher m = englishFrontedPhrase.matcher(text).region(sentenceStart, sentenceEnd);
        return m.lookingAt() ? m.end() : -1;
    }

    /** "the passage, which connects the Hong Kong-Zhuhai-Macao Bridge": the project named is what it connects to. */
    boolean connectedInEnglishAt(String text, int clauseStart, int at) {
        return englishConnectors.matcher(text).region(clauseStart, at).find();
    }

    boolean locativeAt(String text, int at) {
        for (String w : locativeAfter) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** A word pointing back at a project named before (该项目, 江门段, "the new line"): where it ends, what it says. */
    record Anaphor(int end, String words) {
    }

    /** The word of a sentence pointing back at a project named before it; null when it has none. */
    Anaphor anaphor(String sentence, boolean english) {
        if (english) {
            Matcher m = englishAnaphora.matcher(sentence);
            return m.find() ? new Anaphor(m.end(), m.group()) : null;
        }
        Matcher section = sectionOpening.matcher(sentence);
        if (section.find()) {
            return new Anaphor(section.end(), section.group());
        }
        String head = sentence.substring(0, Math.min(sentence.length(), 8));
        Anaphor first = null;
        for (String word : chineseAnaphora) {
            int at = head.indexOf(word);
            if (at >= 0 && (first == null || at + word.length() < first.end())) {
                first = new Anaphor(at + word.length(), word);
            }
        }
        return first;
    }

    /** Whether a description fits any kind of work ("the project", "the link"). */
    boolean fitsAnyWork(String phrase) {
        return anyKindOfWork.matcher(phrase).find();
    }

    /** Rail, road, port or airport, as kindsOfWork reads the phrase; null when it does not say. */
    String kindOfWork(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Pattern> kind : kindsOfWork.entrySet()) {
            if (kind.getValue().matcher(p).find()) {
                return kind.getKey();
            }
        }
        return null;
    }

    List<Hit> findChinese(String text) {
        List<Hit> hits = new ArrayList<>();
        for (TermMatcher.Match<Hit> m : chinese.findLongest(text)) {
            Hit role = m.value();
            int end = m.end();
            if (clauseFinalWords.contains(m.term()) && !finishesTheWhole(text, m.start(), end)) {
                continue;
            }
            if (bareStarts.contains(m.term()) && (!startedObject.matcher(text).region(end, text.length()).lookingAt()
                    || startedSubject.matcher(text).region(Math.max(0, m.start() - 24), m.start()).find())) {
                continue;
            }
            boolean background = role.role() == Role.KIND
                    && backgroundAfter.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt();
            if (role.role() == Role.KIND) {
                Hit overlapped = forecastOverlapping(text, m.start(), hits);
                if (overlapped != null) {
                    hits.add(overlapped);
                }
            }
            hits.add(new Hit(m.start(), end, role.role(), role.kind(), role.trailing(), background));
        }
        return hits;
    }

    /** 要完成主体结构: a forecast word the longer cue overlaps still tells the cue's tense; null when none does. */
    private Hit forecastOverlapping(String text, int cueStart, List<Hit> before) {
        if (!before.isEmpty() && before.get(before.size() - 1).end() == cueStart) {
            return null;
        }
        for (String w : chineseForecastWords) {
            for (int k = 1; k < w.length() && k <= cueStart; k++) {
                if (text.startsWith(w, cueStart - k)) {
                    return new Hit(cueStart - k, cueStart, Role.FORECAST, null, false);
                }
            }
        }
        return null;
    }

    private boolean finishesTheWhole(String text, int start, int end) {
        if (end < text.length() && CLAUSE_END.indexOf(text.charAt(end)) < 0
                && !clauseFinalObject.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 6), start);
        for (String qualifier : finishQualifiers) {
            if (before.endsWith(qualifier)) {
                before = before.substring(0, before.length() - qualifier.length());
                break;
            }
        }
        for (String part : clauseFinalNotAfter) {
            if (before.endsWith(part)) {
                return false;
            }
        }
        return true;
    }

    List<Hit> findEnglish(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        englishMarkers.forEach((role, p) -> collect(p.matcher(text).region(from, to), role, null, false, hits));
        collect(englishTrailingForecast.matcher(text).region(from, to), Role.FORECAST, null, true, hits);
        englishKinds.forEach((kind, p) -> collect(p.matcher(text).region(from, to), Role.KIND, kind, false, hits));
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        // longest match wins, as for Chinese: a blocker hides the cue inside it
        List<Hit> kept = new ArrayList<>();
        int covered = -1;
        for (Hit h : hits) {
            if (h.start() >= covered) {
                kept.add(h);
                covered = h.end();
            } else if (h.role() == Role.FORECAST && !kept.isEmpty() && kept.get(kept.size() - 1).role() == Role.KIND) {
                // "construction of the line is to start": the marker inside the cue still governs it
                kept.add(h);
            } else if (h.role() == Role.BLOCKER && !kept.isEmpty()
                    // "was scheduled for completion …, but has been delayed": the plan told as superseded wins
                    || h.role() == Role.NEGATION && !kept.isEmpty() && kept.get(kept.size() - 1).role() == Role.FORECAST) {
                kept.set(kept.size() - 1, h);
                covered = Math.max(covered, h.end());
            }
        }
        return kept;
    }

    private static void collect(Matcher m, Role role, MilestoneKind kind, boolean trailing, List<Hit> out) {
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), role, kind, trailing));
        }
    }
}
