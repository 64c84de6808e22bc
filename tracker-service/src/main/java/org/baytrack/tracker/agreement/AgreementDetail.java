package org.baytrack.tracker.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An agreement with its progress over time and every report of it. */
@Schema(description = "A signed agreement with its progress figures over time and the stories reporting it")
public record AgreementDetail(AgreementView agreement, List<Progress> progress, List<Evidence> evidence) {

    @Schema(description = "Progress figures as one story reported them")
    public record Progress(LocalDate published, Integer items, Integer done, String articleId, String source) {
    }

    @Schema(description = "A story reporting the agreement")
    public record Evidence(String articleId, String source, LocalDate published, String title, String sentence) {
    }
}
