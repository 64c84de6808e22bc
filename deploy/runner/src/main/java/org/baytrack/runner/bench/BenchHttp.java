package org.baytrack.runner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.runner.client.ApiException;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.stack.Service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

/** The few calls the bench needs beyond BaytrackClient: POST /analyze, a project's timeline as text, DELETE /subscriptions/{id}. */
final class BenchHttp {
    private final Endpoints endpoints;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    BenchHttp(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** True when the catalog's analysis reads exactly one forecast_opening, for this project, on this date. */
    boolean analyzeGivesForecast(String text, LocalDate published, String project, String forecast) {
        ObjectNode body = BaytrackClient.JSON.createObjectNode().put("text", text).put("published", published.toString());
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(endpoints.url(Service.CATALOG) + "/analyze"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        if (r.statusCode() != 200) {
            throw new ApiException(r.statusCode(), "catalog-service POST /analyze answered " + r.statusCode() + ": " + r.body());
        }
        try {
            JsonNode milestones = BaytrackClient.JSON.readTree(r.body()).path("milestones");
            if (milestones.size() != 1) {
                return false;
            }
            JsonNode m = milestones.get(0);
            return MilestoneKind.FORECAST_OPENING.code().equals(BaytrackClient.text(m, "kind"))
                    && project.equals(BaytrackClient.text(m, "project"))
                    && forecast.equals(BaytrackClient.text(m, "date"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The tracker's baytrack_tracker_articles_total (articles it has applied), or -1 when it cannot be read. */
    double trackedArticles() {
        try {
            String body = send(HttpRequest.newBuilder(URI.create(endpoints.url(Service.TRACKER) + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).GET().build()).body();
            return BaytrackClient.metric(body, "baytrack_tracker_articles_total").orElse(-1);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    String timeline(String project) {
        return send(HttpRequest.newBuilder(URI.create(endpoints.url(Service.TRACKER) + "/projects/" + project + "/timeline"))
                .timeout(Duration.ofSeconds(30)).GET().build()).body();
    }

    void deleteSubscription(String id) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(endpoints.url(Service.NOTIFICATION) + "/subscriptions/" + id))
                .timeout(Duration.ofSeconds(20)).DELETE().build());
        if (r.statusCode() / 100 != 2) {
            throw new ApiException(r.statusCode(), "DELETE /subscriptions/" + id + " answered " + r.statusCode());
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(endpoints.authorize(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiException(request.uri() + " is not reachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("Interrupted", e);
        }
    }
}
