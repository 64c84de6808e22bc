package org.baytrack.tracker.milestone;

/** The milestone kinds of the analysis contract that the tracker treats specially. */
public final class MilestoneKind {
    public static final String STRUCTURAL = "structural";
    public static final String FORECAST_OPENING = "forecast_opening";
    public static final String MENTIONED = "mentioned";

    private MilestoneKind() {
    }
}
