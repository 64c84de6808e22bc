package org.baytrack.analysis.eval;

import java.util.List;

/** One labelled document: inline text or a seed file name, and what should be found in it. */
public record EvalCase(String id, String seed, String published, String text, List<ExpectedMilestone> milestones,
                       List<ExpectedAgreement> agreements) {

    public record ExpectedMilestone(String project, String kind, String date) {
    }

    public record ExpectedAgreement(String title, String signed, Integer count, Integer items, Integer done) {
    }

    public List<ExpectedMilestone> expectedMilestones() {
        return milestones == null ? List.of() : milestones;
    }

    public List<ExpectedAgreement> expectedAgreements() {
        return agreements == null ? List.of() : agreements;
    }
}
