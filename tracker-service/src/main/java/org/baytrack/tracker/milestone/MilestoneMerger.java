package org.baytrack.tracker.milestone;

import org.baytrack.events.vocabulary.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds an article's claims into a project's timeline: a claim already on it becomes one more piece of evidence,
 * not another milestone, and one story backs each milestone at most once however often it is reprinted,
 * revised or repeated within the article.
 */
public final class MilestoneMerger {
    private MilestoneMerger() {
    }

    /** {@code sortDate} is null for an undated claim of an undated article: nothing says when it happened. */
    public record NewMilestone(MilestoneKey key, PartialDate date, LocalDate sortDate) {
    }

    /** {@code originalSentence}: the sentence in the article's own script when it differs, else null. */
    public record NewEvidence(MilestoneKey key, String sentence, String originalSentence) {
        public NewEvidence(MilestoneKey key, String sentence) {
            this(key, sentence, null);
        }
    }

    public record Merge(List<NewMilestone> milestones, List<NewEvidence> evidence) {
        public boolean isEmpty() {
            return milestones.isEmpty() && evidence.isEmpty();
        }
    }

    /**
     * @param existing         the project's milestones
     * @param evidencedByStory milestones of the project this story already backs
     */
    public static Merge merge(Set<MilestoneKey> existing, Set<MilestoneKey> evidencedByStory, List<TrackedClaim> claims,
                              ArticleRef article) {
        Set<MilestoneKey> known = new HashSet<>(existing);
        Set<MilestoneKey> backed = new HashSet<>(evidencedByStory);
        List<NewMilestone> milestones = new ArrayList<>();
        List<NewEvidence> evidence = new ArrayList<>();
        for (TrackedClaim claim : claims) {
            MilestoneKey key = claim.key();
            if (known.add(key)) {
                PartialDate when = claim.effectiveDate(article.published());
                milestones.add(new NewMilestone(key, claim.date(), when == null ? null : when.start()));
            }
            if (backed.add(key)) {
                evidence.add(new NewEvidence(key, claim.sentence(), claim.originalSentence()));
            }
        }
        return new Merge(List.copyOf(milestones), List.copyOf(evidence));
    }
}
