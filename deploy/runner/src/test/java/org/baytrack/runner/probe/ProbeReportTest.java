package org.baytrack.runner.probe;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeReportTest {
    static final List<ProbeRun.Result> RESULTS = List.of(
            new ProbeRun.Result("dates", "a year past 2100", "ingest POST /documents", 400, null, null),
            new ProbeRun.Result("charsets", "a batch line in Big5", "ingest POST /documents/batch", 200, null,
                    "a batch answers line by line"),
            new ProbeRun.Result("header values", "DEL in a header", "catalog GET /articles", 400,
                    "400 with content type '' instead of application/problem+json and an empty body", null));

    @Test
    void theLastLineCountsRequestsAndFindings() {
        assertThat(ProbeRun.summary(RESULTS)).isEqualTo("probe: 3 requests, 1 findings");
    }

    @Test
    void theReportListsOnlyTheFindings() {
        var report = ProbeRun.report(RESULTS);
        assertThat(report.get("requests").asInt()).isEqualTo(3);
        assertThat(report.get("findings")).hasSize(1);
        var finding = report.get("findings").get(0);
        assertThat(finding.get("class").asText()).isEqualTo("header values");
        assertThat(finding.get("request").asText()).isEqualTo("DEL in a header (catalog GET /articles)");
        assertThat(finding.get("status").asInt()).isEqualTo(400);
        assertThat(finding.get("problem").asText()).contains("empty body");
    }

    @Test
    void theTableSaysWhyA2xxIsRightAndWhatIsWrong() {
        String table = ProbeCommand.table(RESULTS);
        assertThat(table).contains("ok, 2xx because a batch answers line by line").contains("FINDING: 400 with content type");
        assertThat(table.lines().filter(l -> l.contains("a year past 2100")).findFirst().orElseThrow()).endsWith("ok");
    }
}
