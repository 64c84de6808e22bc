package org.baytrack.tracker.project;

import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.tracker.milestone.TrackedClaim;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A project's status is the furthest stage any evidence shows it reached. Taking the furthest makes the status
 * independent of the order articles arrive in: an older article can add history but never moves it back.
 */
public final class StatusPolicy {
    private StatusPolicy() {
    }

    /** The new status, its date (null when neither the claim nor its article is dated) and the claim proving it. */
    public record Advance(Stage stage, PartialDate date, TrackedClaim evidence) {
    }

    /**
     * The stage these claims move the project to, if further than where it is. Among claims of that stage the
     * earliest event wins, since it is when the stage was reached; undated claims count from publication, and
     * an undated claim of an undated article comes last: it proves the stage, not when it was reached.
     */
    public static Optional<Advance> advance(Stage current, List<TrackedClaim> claims, LocalDate published) {
        Stage furthest = current;
        for (TrackedClaim claim : claims) {
            Stage reached = Stage.reachedBy(claim.kind()).orElse(Stage.FOLLOWED);
            if (reached.isBeyond(furthest)) {
                furthest = reached;
            }
        }
        if (furthest == current) {
            return Optional.empty();
        }
        Stage target = furthest;
        return claims.stream()
                .filter(c -> Stage.reachedBy(c.kind()).orElse(Stage.FOLLOWED) == target)
                .min(Comparator.comparing((TrackedClaim c) -> start(c.effectiveDate(published)),
                                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(c -> c.date() == null))
                .map(c -> new Advance(target, c.effectiveDate(published), c));
    }

    private static LocalDate start(PartialDate date) {
        return date == null ? null : date.start();
    }
}
