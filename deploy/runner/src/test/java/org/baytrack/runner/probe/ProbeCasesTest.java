package org.baytrack.runner.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeCasesTest {
    static final List<ProbeCase> CASES = ProbeCases.load();

    @Test
    void theProbeCoversEveryClassOfIssue18WithAtLeast120Requests() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(120);
        assertThat(CASES.stream().map(ProbeCase::kind).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "control characters", "dates", "charsets", "unknown fields", "wrong types", "paging", "sizes",
                "percent escapes", "header values", "access", "webhook addresses", "SSE");
        assertThat(CASES.stream().map(ProbeCase::service).collect(Collectors.toSet())).hasSize(4);
    }

    @Test
    void everyCaseHasItsOwnName() {
        Set<String> seen = new HashSet<>();
        assertThat(CASES).allMatch(c -> seen.add(c.service() + " " + c.name()));
    }

    @Test
    void repeatsAreExpandedInPathsAndBodies() {
        ProbeCase uri = CASES.stream().filter(c -> c.name().equals("a URI past the limit")).findFirst().orElseThrow();
        assertThat(uri.path()).hasSizeGreaterThan(9000).doesNotContain("{{");
        ProbeCase hook = CASES.stream().filter(c -> c.name().equals("a webhook to a 3 KB URL")).findFirst().orElseThrow();
        assertThat(new String(hook.body(), StandardCharsets.UTF_8)).contains("a".repeat(3000)).contains("\"projects\":[\"*\"]");
        assertThat(ProbeCases.expand("x{{repeat 3 ab}}y")).isEqualTo("xabababy");
    }

    @Test
    void aBatchLineCanBeInAnotherCharset() {
        ProbeCase batch = CASES.stream().filter(c -> c.name().equals("invalid UTF-8 in a batch line")).findFirst().orElseThrow();
        assertThat(new String(batch.body(), StandardCharsets.UTF_8)).contains("\uFFFD").startsWith("{\"text\": \"");
    }

    @Test
    void whatTheProbeCouldCreateIsNamedSoItCannotBeReal() throws IOException {
        for (ProbeCase c : CASES) {
            if (c.body() == null || !c.path().startsWith("/entities")) {
                continue;
            }
            JsonNode entity;
            try {
                entity = new ObjectMapper().readTree(c.body());
            } catch (IOException brokenOnPurpose) {
                continue;
            }
            if (entity != null && entity.path("id").isTextual()) {
                assertThat(entity.get("id").asText()).as(c.name()).startsWith("probe-");
            }
        }
        assertThat(CASES).filteredOn(c -> c.path().startsWith("/documents") && "POST".equals(c.method()))
                .allMatch(c -> c.ok2xx() == null || c.answer() != null, "a document post may pass only with its rejection checked");
    }
}
