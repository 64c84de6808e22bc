package org.baytrack.tracker.forecast;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.tracker.milestone.TrackedClaim;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The forecast opening is the one from the most recently published evidence. A newer source moving it later is a
 * slip, earlier an advance; a source published no later than the current forecast's only adds history. So does
 * an undated source once a forecast is known: nothing shows it is the more recent one.
 */
public final class ForecastPolicy {
    private ForecastPolicy() {
    }

    public enum Decision {
        /** Not newer than the evidence behind the current forecast: history only. */
        OLDER,
        /** The project had no forecast. */
        FIRST,
        /** Newer evidence, same date. */
        CONFIRMED,
        SLIPPED,
        ADVANCED
    }

    public static Decision decide(PartialDate current, LocalDate currentPublished, PartialDate claimed,
                                  LocalDate published) {
        if (current == null) {
            return Decision.FIRST;
        }
        if (published == null || currentPublished != null && !published.isAfter(currentPublished)) {
            return Decision.OLDER;
        }
        int byTime = claimed.compareTimeTo(current);
        if (byTime > 0) {
            return Decision.SLIPPED;
        }
        if (byTime < 0) {
            return Decision.ADVANCED;
        }
        return Decision.CONFIRMED;
    }

    /** The forecast an article gives for a project: its most precise dated forecast, the first of equals. */
    public static Optional<TrackedClaim> pick(List<TrackedClaim> claims) {
        return claims.stream()
                .filter(c -> c.kind() == MilestoneKind.FORECAST_OPENING && c.date() != null)
                .min(Comparator.comparing(c -> c.date().end().toEpochDay() - c.date().start().toEpochDay()));
    }
}
