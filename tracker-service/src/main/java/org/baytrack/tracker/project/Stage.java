package org.baytrack.tracker.project;

import org.baytrack.events.vocabulary.MilestoneKind;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** How far a project got, in order: a project never goes back to an earlier stage. */
public enum Stage {
    FOLLOWED, PLANNED, APPROVED, UNDER_CONSTRUCTION, COMPLETED, OPENED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stage of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown project status: " + code));
    }

    private static final Map<MilestoneKind, Stage> REACHED_BY = new EnumMap<>(Map.of(
            MilestoneKind.PLANNED, PLANNED,
            MilestoneKind.APPROVED, APPROVED,
            MilestoneKind.CONSTRUCTION_STARTED, UNDER_CONSTRUCTION,
            MilestoneKind.STRUCTURAL, UNDER_CONSTRUCTION,
            MilestoneKind.COMPLETED, COMPLETED,
            MilestoneKind.OPENED, OPENED));

    /** The stage a milestone kind proves; empty for forecasts, which prove nothing reached. */
    public static Optional<Stage> reachedBy(MilestoneKind milestoneKind) {
        return Optional.ofNullable(REACHED_BY.get(milestoneKind));
    }

    /** The milestone kinds that prove a stage reached. */
    public static Set<MilestoneKind> progressKinds() {
        return Collections.unmodifiableSet(REACHED_BY.keySet());
    }

    public boolean isBeyond(Stage other) {
        return compareTo(other) > 0;
    }
}
