package org.baytrack.tracker.project;

import org.baytrack.events.ProjectStatusChanged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's line on the board. */
@Schema(description = "A followed project: names, status (furthest stage reached), forecast opening and the evidence of its latest change")
public record ProjectView(
        @Schema(example = "huangmaohai-passage") String id,
        @Schema(description = "Simplified Chinese name", example = "黄茅海跨海通道") String name,
        @Schema(description = "Traditional Chinese name", example = "黃茅海跨海通道") String nameHant,
        @Schema(description = "English name", example = "Huangmaohai Passage") String nameEn,
        @Schema(enumeration = {"followed", "planned", "approved", "under_construction", "completed", "opened"}) String status,
        @Schema(description = "When the status was reached, ISO partial date", example = "2021-12-24") String statusDate,
        @Schema(description = "Forecast opening from the most recently published evidence, ISO partial date", example = "2024") String forecastOpening,
        @Schema(enumeration = {"day", "month", "quarter", "half", "year"}) String forecastPrecision,
        @Schema(description = "Evidence of the most recently published change") ProjectStatusChanged.Evidence lastEvidence) {

    public static ProjectView of(Project p) {
        return new ProjectView(p.id, p.name, p.nameHant, p.nameEn, p.status, p.statusDate, p.forecastOpening,
                p.forecastPrecision, p.lastEvidence);
    }
}
