package org.baytrack.analysis.corpus;

import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.agreement.Agreement;
import org.baytrack.analysis.corpus.LabelledDocument.GoldAgreement;
import org.baytrack.analysis.corpus.LabelledDocument.GoldMilestone;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.gazetteer.Gazetteer;
import org.baytrack.analysis.milestone.Milestone;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.events.vocabulary.MilestoneKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The corpus scoring rule. Milestones match on project, kind and date, the date equal as a string, a gold
 * {@code unknown} matching any date; gold {@code other}, the analyzer's planned and completed, and projects the
 * gazetteer lacks are not scored; one key predicted twice counts once. Agreements match when the signing dates
 * agree at the coarser precision and at least two of the gold parties (or the only one) are named in the
 * prediction's parties, party names or title, entity ids standing for their gazetteer names.
 */
public final class CorpusScorer {
    private static final Set<MilestoneKind> SCORED_KINDS = Set.of(MilestoneKind.APPROVED,
            MilestoneKind.CONSTRUCTION_STARTED, MilestoneKind.STRUCTURAL, MilestoneKind.OPENED,
            MilestoneKind.FORECAST_OPENING);
    private static final String UNKNOWN = "unknown";

    private final Gazetteer gazetteer;
    private final ScriptConverter script = ScriptConverter.get();

    public CorpusScorer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public record Scored(List<Outcome> outcomes, List<Mistake> mistakes) {
    }

    public Scored score(LabelledDocument doc, Analysis analysis) {
        String language = language(analysis);
        List<Outcome> outcomes = new ArrayList<>();
        List<Mistake> mistakes = new ArrayList<>();
        scoreMilestones(doc, analysis, language, outcomes, mistakes);
        scoreAgreements(doc, analysis, language, outcomes, mistakes);
        return new Scored(outcomes, mistakes);
    }

    public static String language(Analysis analysis) {
        if ("en".equals(analysis.language())) {
            return "en";
        }
        return "hant".equals(analysis.script()) ? "zh-Hant" : "zh-Hans";
    }

    private void scoreMilestones(LabelledDocument doc, Analysis analysis, String language, List<Outcome> outcomes,
                                 List<Mistake> mistakes) {
        Map<String, Milestone> predicted = new LinkedHashMap<>();
        for (Milestone m : analysis.milestones()) {
            if (SCORED_KINDS.contains(m.kind())) {
                predicted.putIfAbsent(m.project() + " " + m.kind() + " " + date(m.date()), m);
            }
        }
        List<Milestone> open = new ArrayList<>(predicted.values());
        List<GoldMilestone> gold = doc.milestones().stream()
                .filter(g -> !"other".equals(g.kind()) && isProject(g.project()))
                // a dated label takes its exact match before an unknown one takes any date
                .sorted(Comparator.comparing(g -> UNKNOWN.equals(g.date())))
                .toList();
        for (GoldMilestone g : gold) {
            String kind = "structural_milestone".equals(g.kind()) ? MilestoneKind.STRUCTURAL.code() : g.kind();
            Milestone hit = open.stream()
                    .filter(p -> p.project().equals(g.project()) && p.kind().code().equals(kind)
                            && (UNKNOWN.equals(g.date()) || g.date().equals(p.date())))
                    .findFirst().orElse(null);
            if (hit != null) {
                open.remove(hit);
                outcomes.add(new Outcome("milestone", language, kind, g.project(), Outcome.Result.MATCHED));
            } else {
                outcomes.add(new Outcome("milestone", language, kind, g.project(), Outcome.Result.MISSED));
                mistakes.add(new Mistake(doc.name(), true, "milestone", g.project() + " " + kind + " " + g.date(), g.evidence()));
            }
        }
        for (Milestone p : open) {
            outcomes.add(new Outcome("milestone", language, p.kind().code(), p.project(), Outcome.Result.FALSE_CLAIM));
            mistakes.add(new Mistake(doc.name(), false, "milestone", p.project() + " " + p.kind() + " " + date(p.date()),
                    p.evidence()));
        }
    }

    private void scoreAgreements(LabelledDocument doc, Analysis analysis, String language, List<Outcome> outcomes,
                                 List<Mistake> mistakes) {
        List<Agreement> open = new ArrayList<>(analysis.agreements());
        for (GoldAgreement g : doc.agreements()) {
            Agreement hit = open.stream().filter(p -> sameDate(g.signed(), p.signed()) && partiesNamed(g, p))
                    .findFirst().orElse(null);
            if (hit != null) {
                open.remove(hit);
                outcomes.add(new Outcome("agreement", language, "agreement", "", Outcome.Result.MATCHED));
            } else {
                outcomes.add(new Outcome("agreement", language, "agreement", "", Outcome.Result.MISSED));
                mistakes.add(new Mistake(doc.name(), true, "agreement", g.signed() + " " + g.parties() + " " + g.title(),
                        g.evidence()));
            }
        }
        for (Agreement p : open) {
            outcomes.add(new Outcome("agreement", language, "agreement", "", Outcome.Result.FALSE_CLAIM));
            mistakes.add(new Mistake(doc.name(), false, "agreement", date(p.signed()) + " " + p.parties() + " " + p.title(),
                    p.evidence()));
        }
    }

    private boolean isProject(String id) {
        return gazetteer.find(id).map(Entity::isProject).orElse(false);
    }

    static boolean sameDate(String gold, String predicted) {
        if (UNKNOWN.equals(gold)) {
            return true;
        }
        if (predicted == null) {
            return false;
        }
        int common = Math.min(gold.length(), predicted.length());
        return gold.substring(0, common).equals(predicted.substring(0, common));
    }

    private boolean partiesNamed(GoldAgreement gold, Agreement predicted) {
        List<String> names = new ArrayList<>();
        if (predicted.title() != null) {
            names.add(normalise(predicted.title()));
        }
        for (String party : predicted.parties()) {
            names.add(normalise(party));
            gazetteer.find(party).ifPresent(e -> e.names().forEach(n -> names.add(normalise(n))));
        }
        for (String party : predicted.partyNames()) {
            names.add(normalise(party));
        }
        long named = gold.parties().stream().map(this::normalise)
                .filter(p -> names.stream().anyMatch(n -> n.contains(p) || n.length() >= 2 && p.contains(n)))
                .count();
        return named >= Math.min(2, gold.parties().size());
    }

    private String normalise(String name) {
        String s = script.toSimplified(name).toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "");
        return s.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}’‘“”《》]", "");
    }

    private static String date(String iso) {
        return iso == null ? "null" : iso;
    }
}
