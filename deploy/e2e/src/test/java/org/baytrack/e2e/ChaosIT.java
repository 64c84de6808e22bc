package org.baytrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.chaos.ChaosRun;
import org.junit.jupiter.api.Test;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short chaos run: 500 documents while the broker, PostgreSQL, the notification service and the tracker are
 * SIGKILLed and restarted, on a stack of its own. Nothing accepted may be lost or done twice, and a 10 MB document of quotes and
 * control characters sent halfway is refused without holding back the documents after it.
 */
class ChaosIT {
    @Test
    void killsLoseNothingAndDoNothingTwice() throws Exception {
        E2eStack.requireBuiltServices();
        var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        JsonNode report = new ChaosRun(new ChaosRun.Options(E2eStack.ROOT, 500, 8, 4, 9L, 20, 8, 10,
                Duration.ofSeconds(150), false), out).run();

        List<String> targets = new ArrayList<>();
        report.get("kills").forEach(k -> targets.add(k.get("target").asText()));
        // seed 9 kills the broker, PostgreSQL, notification (the stream must resume) and the tracker
        assertThat(targets).as("kills").containsExactly("kafka", "postgres", "notification-service", "tracker-service");
        assertThat(report.get("stream_reconnects").asInt()).as("SSE reconnects with Last-Event-ID").isPositive();
        assertThat(report.get("accepted").asInt()).as("accepted documents").isEqualTo(500);
        assertThat(report.get("cataloged").asInt()).isEqualTo(500);
        assertThat(report.get("expected_alerts").asInt()).as("alerts the tracker published").isGreaterThan(100);
        assertThat(report.get("lost").asInt()).as("lost").isZero();
        assertThat(report.get("duplicates").asInt()).as("duplicates").isZero();
        assertThat(report.get("dead_letters").asLong()).as("dead letters").isZero();
        report.get("outbox_unsent").forEach(n -> assertThat(n.asInt()).as("unsent outbox rows").isZero());
        assertThat(report.get("oversized").get("status").asInt()).isEqualTo(413);
        assertThat(report.get("oversized").get("detail").asText()).contains("limit");
    }
}
