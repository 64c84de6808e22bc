package org.baytrack.e2e;

import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.probe.ProbeRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./baytrack probe} against the built services on a real broker and database: every hostile or careless
 * request gets a clear 4xx, and nothing of the probe is left on the board.
 */
class ProbeIT {
    static E2eStack e2e;
    static List<ProbeRun.Result> results;

    @BeforeAll
    static void startTheStackAndProbeIt() throws Exception {
        E2eStack.requireBuiltServices();
        e2e = E2eStack.start();
        results = new ProbeRun(Endpoints.of(e2e.stack.config())).run(r -> System.out.println("[probe] " + r.kind()
                + " | " + r.name() + " | " + r.request() + " | " + r.status() + " | "
                + (r.finding() ? "FINDING: " + r.problem() : "ok")));
        System.out.println("[probe] " + ProbeRun.summary(results));
    }

    @AfterAll
    static void stopTheStack() {
        if (e2e != null) {
            e2e.stop();
        }
    }

    @Test
    void everyHostileRequestGetsAClearRefusal() {
        assertThat(results).as("requests the probe sent").hasSizeGreaterThanOrEqualTo(120);
        String findings = results.stream().filter(ProbeRun.Result::finding)
                .map(r -> r.kind() + ": " + r.name() + " (" + r.request() + ") got " + r.status() + ": " + r.problem())
                .collect(Collectors.joining("\n"));
        assertThat(findings).as("the probe's findings, each an answer of a service that is wrong:\n" + findings).isEmpty();
        e2e.client.projects().forEach(p -> assertThat(p.path("id").asText()).as("a project after the probe")
                .doesNotStartWith("probe-"));
    }
}
