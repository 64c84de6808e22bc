package org.baytrack.analysis.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One document of a labelled set in the corpus layout: the header's publication date (null when
 * {@code unknown}), the body after the header, and the hand labels from {@code gold.jsonl}.
 */
public record LabelledDocument(String set, String name, Path path, LocalDate published, String body,
                               List<GoldMilestone> milestones, List<GoldAgreement> agreements) {

    /** A labelled milestone; date is an ISO partial date or {@code unknown}. */
    public record GoldMilestone(String project, String kind, String date, String evidence) {
    }

    /** A labelled signed agreement; signed is an ISO partial date or {@code unknown}. */
    public record GoldAgreement(String title, List<String> parties, String signed, String evidence) {
    }
}
