package org.baytrack.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.baytrack.runner.client.BaytrackClient;

import java.util.Map;

/**
 * What a bench run measured, as {@code --out} writes it (field names in snake case: {@code throughput_docs_per_s},
 * {@code latency_ms.p99}, ...; see deploy/runner/README.md "Performance"). Times are milliseconds, rates per second.
 * {@code service_uptime_s}, {@code stages_ms} and {@code read_projects_ms} are left out when they were not measured.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchReport(
        int docs,
        double rate,
        @JsonInclude(Include.NON_NULL) Long serviceUptimeS,
        int warmupDocs,
        double throughputDocsPerS,
        int trackedDocs,
        double trackedSeconds,
        double alertsPerS,
        int lost,
        int duplicateAlerts,
        Latency latencyMs,
        KafkaFloorLatency kafkaFloorMs,
        Double p99OverFloor,
        @JsonInclude(Include.NON_NULL) Map<String, Latency> stagesMs,
        @JsonUnwrapped Counts counts,
        Latency sseLatencyMs,
        double sendSeconds,
        double sendRateDocsPerS,
        double processSeconds,
        int projects,
        @JsonInclude(Include.NON_NULL) ReadLatency readProjectsMs,
        String loadBefore,
        String loadAfterPipeline,
        String loadAfter,
        String finishedAt) {

    /**
     * Percentiles of one latency, nearest rank, with 0.1 ms resolution. With no samples only {@code p50} and
     * {@code p99} are written, as null; {@code p95} is left out where a figure does not report it.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(Include.NON_NULL)
    public record Latency(@JsonInclude(Include.ALWAYS) Double p50, Double p95, @JsonInclude(Include.ALWAYS) Double p99,
                          Double max, Integer count) {
        public static final Latency NONE = new Latency(null, null, null, null, null);

        /** p50, p95, p99, max and count; {@link #NONE} when there are no samples. */
        public static Latency of(Percentiles p) {
            return of(p, true);
        }

        /** As {@link #of(Percentiles)} without p95. */
        public static Latency withoutP95(Percentiles p) {
            return of(p, false);
        }

        public static Latency of(LatencyRecorder recorder) {
            return recorder.count() > 0 ? of(recorder.percentiles()) : NONE;
        }

        private static Latency of(Percentiles p, boolean p95) {
            if (p == null || p.count() == 0) {
                return NONE;
            }
            return new Latency(Percentiles.millis(p.percentile(50)), p95 ? Percentiles.millis(p.percentile(95)) : null,
                    Percentiles.millis(p.percentile(99)), Percentiles.millis(p.max()), p.count());
        }
    }

    /** The Kafka floor: its latency through three topics, and how many messages it sent and received at what rate. */
    @JsonInclude(Include.NON_NULL)
    public record KafkaFloorLatency(@JsonUnwrapped Latency latency, Integer messages, Integer received, Double rate) {
        public static final KafkaFloorLatency NOT_RUN = new KafkaFloorLatency(Latency.NONE, null, null, null);
    }

    /** GET /projects/{id} under a constant load: latency from when each request was due, and the service time. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ReadLatency(int targetRps, int warmupS, double achievedRps, int requests, int errors,
                              @JsonUnwrapped Latency latency, Latency serviceTime) {
    }

    /** What became of the measured documents, written at the report's top level. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Counts(int sent, int ingestErrors, int notCataloged, int alerts, int missingAlerts, int superseded,
                         int mergedAsReprints, int articleMismatches, int unmatchedAlerts, int badSignatures,
                         int sseAlerts) {
    }

    /** A pass: no document lost and no alert twice. */
    @JsonIgnore
    public boolean passed() {
        return lost == 0 && duplicateAlerts == 0;
    }

    public String toJson() {
        try {
            return BaytrackClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the bench report does not serialise", e);
        }
    }
}
