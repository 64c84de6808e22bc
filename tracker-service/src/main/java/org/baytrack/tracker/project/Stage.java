package org.baytrack.tracker.project;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    /** The stage a milestone kind proves; empty for forecasts and mentions, which prove nothing reached. */
    public static Optional<Stage> reachedBy(String milestoneKind) {
        return Optional.ofNullable(switch (milestoneKind) {
            case "planned" -> PLANNED;
            case "approved" -> APPROVED;
            case "construction_started", "structural" -> UNDER_CONSTRUCTION;
            case "completed" -> COMPLETED;
            case "opened" -> OPENED;
            default -> null;
        });
    }

    public boolean isBeyond(Stage other) {
        return compareTo(other) > 0;
    }
}
