package org.baytrack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.runner.client.BaytrackClient;

import java.time.LocalDate;

/** How the catalog's analysis read a synthetic sentence: the bench keeps only projects it reads as meant. */
final class ForecastReading {
    private ForecastReading() {
    }

    /**
     * True when the analysis ({@code POST /analyze}) has exactly one milestone beyond mentions, and it is a
     * forecast opening of {@code project} on {@code forecast}.
     */
    static boolean isExactly(JsonNode analysis, String project, LocalDate forecast) {
        int milestones = 0;
        boolean right = false;
        for (JsonNode m : analysis.path("milestones")) {
            milestones++;
            right = MilestoneKind.FORECAST_OPENING.code().equals(BaytrackClient.text(m, "kind"))
                    && project.equals(BaytrackClient.text(m, "project"))
                    && forecast.toString().equals(BaytrackClient.text(m, "date"));
        }
        return milestones == 1 && right;
    }
}
