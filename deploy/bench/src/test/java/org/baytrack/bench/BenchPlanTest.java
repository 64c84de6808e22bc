package org.baytrack.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchPlanTest {
    private static BenchPlan plan(int docs, double rate, int warmup, int drainSeconds, int projects) {
        return new BenchPlan(docs, rate, warmup, Duration.ofSeconds(drainSeconds), projects, 16, 42,
                Duration.ofSeconds(15), new BenchPlan.ReadPlan(1000, Duration.ofSeconds(3), Duration.ofSeconds(20)),
                "127.0.0.1", 9000, "localhost:9092");
    }

    @Test
    void theThreePhasesFollowFromTheRateAndTheDrainTimeout() {
        BenchPlan plan = plan(3000, 50, 1500, 60, 12);

        assertThat(plan.prime()).isEqualTo(new Phase(0, Duration.ofSeconds(120)));
        assertThat(plan.warmup()).isEqualTo(new Phase(0, Duration.ofSeconds(5)));
        assertThat(plan.measure()).isEqualTo(new Phase(50, Duration.ofSeconds(60)));
        assertThat(plan.prime().fullSpeed()).isTrue();
        assertThat(plan.measure().fullSpeed()).isFalse();
        assertThat(plan(3000, 50, 1500, 3, 12).warmup().drainTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void theFloorRunsAtTheMeasuredRateOrAtTwoHundredForAFullSpeedRun() {
        assertThat(plan(3000, 50, 0, 60, 12).floorRate()).isEqualTo(50);
        assertThat(plan(3000, 50, 0, 60, 12).floorMessages()).isEqualTo(750);
        assertThat(plan(3000, 0, 0, 60, 12).floorRate()).isEqualTo(200);
        assertThat(plan(3000, 0, 0, 60, 12).floorMessages()).isEqualTo(3000);
        assertThat(plan(3000, 1, 0, 60, 12).floorMessages()).as("at least 50").isEqualTo(50);
    }

    @Test
    void eachProjectGetsItsShareOfEveryDocumentAndRoomForItsPrimer() {
        assertThat(plan(3000, 50, 1500, 60, 12).documentsPerProject()).isEqualTo(4500 / 12 + 2);
    }

    @Test
    void everyWrongOptionIsNamedInOneMessage() {
        assertThatThrownBy(() -> plan(0, -1, -5, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--docs must be at least 1, not 0")
                .hasMessageContaining("--rate must be 0 (full speed) or more, not -1.0")
                .hasMessageContaining("--warmup must be 0 or more, not -5")
                .hasMessageContaining("--drain-timeout must be at least 1 second, not 0 s")
                .hasMessageContaining("--projects must be 1 to 256, not 0");
        assertThatThrownBy(() -> plan(10, Double.NaN, 0, 60, 257)).hasMessageContaining("--rate")
                .hasMessageContaining("--projects must be 1 to 256, not 257");
        assertThatThrownBy(() -> new BenchPlan(10, 5, 0, Duration.ofSeconds(60), 4, 0, 1, Duration.ofSeconds(-1),
                new BenchPlan.ReadPlan(0, Duration.ofSeconds(-1), Duration.ZERO), " ", 70_000, ""))
                .hasMessageContaining("--concurrency must be at least 1, not 0")
                .hasMessageContaining("--floor-seconds must be 0 (skip) or more, not -1 s")
                .hasMessageContaining("--read-rps must be at least 1 when the read test runs, not 0")
                .hasMessageContaining("--read-warmup must be 0 or more, not -1 s")
                .hasMessageContaining("--webhook-host must name an address")
                .hasMessageContaining("--webhook-port must be 0 to 65535, not 70000")
                .hasMessageContaining("--kafka must be HOST:PORT");
    }

    @Test
    void aPhaseRefusesANegativeRateAndANonPositiveDrainTimeout() {
        assertThatThrownBy(() -> new Phase(-1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Phase(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandsDefaultsMakeThePlanTheReadmeDescribes() {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs("--seed", "7", "--kafka", "broker:9092", "--webhook-port", "9100");
        BenchPlan plan = command.plan();

        assertThat(plan.docs()).isEqualTo(3000);
        assertThat(plan.measure()).isEqualTo(new Phase(50, Duration.ofSeconds(60)));
        assertThat(plan.warmupDocs()).isEqualTo(1500);
        assertThat(plan.projects()).isEqualTo(12);
        assertThat(plan.concurrency()).isEqualTo(16);
        assertThat(plan.seed()).isEqualTo(7);
        assertThat(plan.kafka()).isEqualTo("broker:9092");
        assertThat(plan.webhookHost()).isEqualTo("127.0.0.1");
        assertThat(plan.webhookPort()).isEqualTo(9100);
        assertThat(plan.floor()).isEqualTo(Duration.ofSeconds(15));
        assertThat(plan.read()).isEqualTo(new BenchPlan.ReadPlan(1000, Duration.ofSeconds(3), Duration.ofSeconds(20)));
    }

    @Test
    void zeroReadSecondsOrFloorSecondsSkipThoseTests() {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs("--read-seconds", "0", "--floor-seconds", "0", "--kafka", "k:1");
        BenchPlan plan = command.plan();

        assertThat(plan.read()).isNull();
        assertThat(plan.floorRuns()).isFalse();
    }
}
