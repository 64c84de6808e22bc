package org.baytrack.tracker.project;

import java.util.Arrays;
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

    private static final Map<String, Stage> REACHED_BY = Map.of(
            "planned", PLANNED,
            "approved", APPROVED,
            "construction_started", UNDER_CONSTRUCTION,
            "structural", UNDER_CONSTRUCTION,
            "completed", COMPLETED,
            "opened", OPENED);

    /** The stage a milestone kind proves; empty for forecasts and mentions, which prove nothing reached. */
    public static Optional<Stage> reachedBy(String milestoneKind) {
        return Optional.ofNullable(REACHED_BY.get(milestoneKind));
    }

    /** The milestone kinds that prove a stage reached. */
    public static Set<String> progressKinds() {
        return REACHED_BY.keySet();
    }

    public boolean isBeyond(Stage other) {
        return compareTo(other) > 0;
    }
}
