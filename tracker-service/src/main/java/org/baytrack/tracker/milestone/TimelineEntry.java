package org.baytrack.tracker.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** One milestone of a project's timeline with every story that reports it. */
@Schema(description = "A milestone: one claim however many articles report it, with each report as evidence")
public record TimelineEntry(
        @Schema(enumeration = {"planned", "approved", "construction_started", "structural", "completed", "opened", "forecast_opening"}) String kind,
        @Schema(description = "Event date as ISO partial date; absent when the articles give none", example = "2021-12-24") String date,
        @Schema(enumeration = {"day", "month", "quarter", "half", "year"}) String precision,
        @Schema(description = "The date used for ordering: the event date, else the earliest dated report; absent when there is neither") LocalDate effectiveDate,
        List<Evidence> evidence) {

    @Schema(description = "A story reporting the milestone")
    public record Evidence(String articleId, String source,
                           @Schema(description = "Where the article was read; absent when unknown") String url,
                           LocalDate published, String title,
                           @Schema(description = "The sentence in Simplified, as the analysis read it") String sentence,
                           @Schema(description = "The sentence as the article wrote it, when its script differs "
                                   + "(Traditional); null otherwise") String originalSentence) {

        public Evidence(String articleId, String source, String url, LocalDate published, String title,
                        String sentence) {
            this(articleId, source, url, published, title, sentence, null);
        }
    }
}
