package org.baytrack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.bench.BenchReport.Counts;
import org.baytrack.bench.BenchReport.KafkaFloorLatency;
import org.baytrack.bench.BenchReport.Latency;
import org.baytrack.bench.BenchReport.ReadLatency;
import org.baytrack.runner.client.BaytrackClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON that --out writes: the field names and nesting docs/performance.md and BenchIsolationIT read. */
class BenchReportTest {
    static final long MS = 1_000_000L;

    private static Percentiles millis(long... values) {
        long[] nanos = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            nanos[i] = values[i] * MS;
        }
        return new Percentiles(nanos);
    }

    private static BenchReport report(Long uptime, Map<String, Latency> stages, KafkaFloorLatency floor, Double overFloor,
                                      ReadLatency read) {
        return new BenchReport(3000, 50.0, uptime, 1500, 48.7, 3000, 61.6, 47.9, 1, 2,
                Latency.of(millis(100, 200, 300, 400)), floor, overFloor, stages,
                new Counts(2999, 1, 0, 2950, 49, 40, 8, 0, 3, 0, 2940), Latency.of(millis(150)), 60.1, 49.9, 62.3, 12,
                read, "0.50 0.40 0.30", "1.90 1.00 0.60", "1.20 1.00 0.60", "2026-12-02T06:00:00Z");
    }

    private static JsonNode json(BenchReport report) throws Exception {
        return BaytrackClient.JSON.readTree(report.toJson());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aFullReportHasTheFieldsOfEveryMeasurementInTheirOrder() throws Exception {
        Map<String, Latency> stages = new LinkedHashMap<>();
        stages.put("ingest", Latency.of(millis(10, 20)));
        stages.put("catalog", Latency.of(millis(30)));
        JsonNode r = json(report(42L, stages, new KafkaFloorLatency(Latency.withoutP95(millis(5, 6, 7)), 750, 750, 50.0),
                42.9, new ReadLatency(1000, 3, 998.5, 20_000, 0, Latency.of(millis(1, 2)), Latency.of(millis(1)))));

        assertThat(names(r)).containsExactly("docs", "rate", "service_uptime_s", "warmup_docs", "throughput_docs_per_s",
                "tracked_docs", "tracked_seconds", "alerts_per_s", "lost", "duplicate_alerts", "latency_ms",
                "kafka_floor_ms", "p99_over_floor", "stages_ms", "sent", "ingest_errors", "not_cataloged", "alerts",
                "missing_alerts", "superseded", "merged_as_reprints", "article_mismatches", "unmatched_alerts",
                "bad_signatures", "sse_alerts", "sse_latency_ms", "send_seconds", "send_rate_docs_per_s",
                "process_seconds", "projects", "read_projects_ms", "load_before", "load_after_pipeline", "load_after",
                "finished_at");
        assertThat(r.get("docs").asInt()).isEqualTo(3000);
        assertThat(r.get("rate").asDouble()).isEqualTo(50.0);
        assertThat(r.get("service_uptime_s").asLong()).isEqualTo(42);
        assertThat(r.get("throughput_docs_per_s").asDouble()).isEqualTo(48.7);
        assertThat(r.get("lost").asInt()).isEqualTo(1);
        assertThat(r.get("duplicate_alerts").asInt()).isEqualTo(2);
        assertThat(r.get("sent").asInt()).isEqualTo(2999);
        assertThat(r.get("merged_as_reprints").asInt()).isEqualTo(8);
        assertThat(r.get("unmatched_alerts").asInt()).isEqualTo(3);
        assertThat(r.get("sse_alerts").asInt()).isEqualTo(2940);
        assertThat(r.get("p99_over_floor").asDouble()).isEqualTo(42.9);
        assertThat(r.get("load_after_pipeline").asText()).isEqualTo("1.90 1.00 0.60");
        assertThat(r.get("finished_at").asText()).isEqualTo("2026-12-02T06:00:00Z");

        JsonNode latency = r.get("latency_ms");
        assertThat(names(latency)).containsExactly("p50", "p95", "p99", "max", "count");
        assertThat(latency.get("p50").asDouble()).isEqualTo(200.0);
        assertThat(latency.get("p95").asDouble()).isEqualTo(400.0);
        assertThat(latency.get("max").asDouble()).isEqualTo(400.0);
        assertThat(latency.get("count").asInt()).isEqualTo(4);

        JsonNode floor = r.get("kafka_floor_ms");
        assertThat(names(floor)).containsExactly("p50", "p99", "max", "count", "messages", "received", "rate");
        assertThat(floor.get("p50").asDouble()).isEqualTo(6.0);
        assertThat(floor.get("messages").asInt()).isEqualTo(750);
        assertThat(floor.get("rate").asDouble()).isEqualTo(50.0);

        assertThat(names(r.get("stages_ms"))).containsExactly("ingest", "catalog");
        assertThat(r.at("/stages_ms/ingest/p95").asDouble()).isEqualTo(20.0);

        JsonNode read = r.get("read_projects_ms");
        assertThat(names(read)).containsExactly("target_rps", "warmup_s", "achieved_rps", "requests", "errors", "p50",
                "p95", "p99", "max", "count", "service_time");
        assertThat(read.get("target_rps").asInt()).isEqualTo(1000);
        assertThat(read.get("achieved_rps").asDouble()).isEqualTo(998.5);
        assertThat(read.at("/service_time/p99").asDouble()).isEqualTo(1.0);
    }

    @Test
    void whatWasNotMeasuredIsLeftOutOrWrittenAsNullAsBefore() throws Exception {
        BenchReport report = report(null, null, KafkaFloorLatency.NOT_RUN, null, null);
        JsonNode r = json(report);

        assertThat(r.has("service_uptime_s")).isFalse();
        assertThat(r.has("stages_ms")).isFalse();
        assertThat(r.has("read_projects_ms")).isFalse();
        assertThat(r.has("p99_over_floor")).isTrue();
        assertThat(r.get("p99_over_floor").isNull()).isTrue();
        assertThat(names(r.get("kafka_floor_ms"))).containsExactly("p50", "p99");
        assertThat(r.at("/kafka_floor_ms/p50").isNull()).isTrue();
        assertThat(r.at("/kafka_floor_ms/p99").isNull()).isTrue();
        assertThat(Latency.of(new LatencyRecorder())).isEqualTo(Latency.NONE);
        assertThat(Latency.of(new Percentiles(new long[0]))).isEqualTo(Latency.NONE);
    }

    @Test
    void aRunPassesOnlyWithNothingLostAndNoAlertTwice() throws Exception {
        assertThat(report(null, null, KafkaFloorLatency.NOT_RUN, null, null).passed()).isFalse();
        BenchReport clean = new BenchReport(10, 0, null, 0, 1, 10, 1, 1, 0, 0, Latency.NONE, KafkaFloorLatency.NOT_RUN,
                null, null, new Counts(10, 0, 0, 10, 0, 0, 0, 0, 0, 0, 10), Latency.NONE, 1, 10, 1, 1, null, "n/a",
                "n/a", "n/a", "2026-12-02T06:00:00Z");
        assertThat(clean.passed()).isTrue();
        assertThat(json(clean).has("passed")).as("passed is not a report field").isFalse();
    }
}
