package org.baytrack.runner.probe;

import org.baytrack.runner.probe.RawHttp.Answer;
import org.baytrack.runner.stack.Service;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeVerdictTest {
    static final Map<String, String> PROBLEM = Map.of("content-type", "application/problem+json");

    static ProbeCase bad(int status, String ok2xx, String answer) {
        return new ProbeCase("dates", "a year past 2100", Service.INGEST, "POST", "/documents", "text/plain", new byte[0],
                Map.of(), "auto", null, status, ok2xx, answer, false, false);
    }

    @Test
    void aProblemWithADetailIsSound() {
        assertThat(ProbeVerdict.judge(bad(0, null, null), new Answer(400, PROBLEM,
                "{\"title\":\"Bad Request\",\"detail\":\"published 2101-01-01 is out of range\"}"))).isNull();
    }

    @Test
    void aServerErrorIsAFinding() {
        assertThat(ProbeVerdict.judge(bad(0, null, null), new Answer(500, PROBLEM, "{\"detail\":\"oops\"}")))
                .isEqualTo("server error 500");
    }

    @Test
    void anEmptyErrorBodyIsAFinding() {
        assertThat(ProbeVerdict.judge(bad(0, null, null), new Answer(413, Map.of(), "")))
                .contains("instead of application/problem+json").contains("empty body");
    }

    @Test
    void aProblemWithoutADetailIsAFinding() {
        assertThat(ProbeVerdict.judge(bad(0, null, null), new Answer(400, PROBLEM, "{\"title\":\"Bad Request\"}")))
                .contains("without a detail");
        assertThat(ProbeVerdict.judge(bad(0, null, null), new Answer(400, PROBLEM, "{\"detail\":\" \"}")))
                .contains("without a detail");
    }

    @Test
    void aJavaClassNameOrStackTraceIsAFinding() {
        assertThat(ProbeVerdict.judge(bad(0, null, null), new Answer(400, PROBLEM,
                "{\"detail\":\"Cannot construct org.baytrack.ingest.document.JsonDocument\"}")))
                .contains("org.baytrack.ingest.document.JsonDocument");
        assertThat(ProbeVerdict.judge(bad(0, null, null), new Answer(400, PROBLEM,
                "{\"detail\":\"StreamConstraintsException: too long\"}"))).contains("Exception");
    }

    @Test
    void aBadInputAnswered2xxIsASilentDropUnlessTheCaseSaysWhy() {
        assertThat(ProbeVerdict.judge(bad(0, null, null), new Answer(202, Map.of(), "{\"status\":\"accepted\"}")))
                .contains("silently");
        assertThat(ProbeVerdict.judge(bad(0, "a batch answers per line", "\"accepted\":0"),
                new Answer(200, Map.of(), "{\"accepted\":0,\"rejected\":1}"))).isNull();
        assertThat(ProbeVerdict.judge(bad(0, "a batch answers per line", "\"accepted\":0"),
                new Answer(200, Map.of(), "{\"accepted\":1,\"rejected\":0}"))).contains("does not say");
    }

    @Test
    void theExpectedStatusIsTheOnlyRightOne() {
        assertThat(ProbeVerdict.judge(bad(413, null, null), new Answer(400, PROBLEM, "{\"detail\":\"too big\"}")))
                .isEqualTo("expected 413, got 400");
        assertThat(ProbeVerdict.judge(bad(413, null, null), new Answer(413, PROBLEM, "{\"detail\":\"too big\"}"))).isNull();
    }

    @Test
    void noAnswerIsAFinding() {
        assertThat(ProbeVerdict.judge(bad(0, null, null), Answer.NONE)).isEqualTo("no HTTP answer in time");
    }

    @Test
    void aCorsGrantToAForeignOriginIsAFinding() {
        ProbeCase foreign = new ProbeCase("access", "foreign POST", Service.INGEST, "POST", "/documents", "text/plain",
                new byte[0], Map.of(), "none", null, 0, null, null, true, false);
        assertThat(ProbeVerdict.judge(foreign, new Answer(401, Map.of("content-type", "application/problem+json",
                "access-control-allow-origin", "*"), "{\"detail\":\"send a key\"}"))).contains("foreign origin");
        assertThat(ProbeVerdict.judge(foreign, new Answer(401, PROBLEM, "{\"detail\":\"send a key\"}"))).isNull();
    }

    @Test
    void aFormPageMayRefuseInHtmlButNotWithAnEmptyBody() {
        ProbeCase form = new ProbeCase("access", "foreign form", Service.TRACKER, "POST", "/candidates",
                "application/x-www-form-urlencoded", new byte[0], Map.of(), "none", null, 0, null, null, true, true);
        Map<String, String> html = Map.of("content-type", "text/html;charset=UTF-8");
        assertThat(ProbeVerdict.judge(form, new Answer(403, html, "<p>Registering from another site is refused.</p>"))).isNull();
        assertThat(ProbeVerdict.judge(form, new Answer(403, html, ""))).contains("empty body");
        assertThat(ProbeVerdict.judge(bad(0, null, null), new Answer(403, html, "<p>no</p>"))).contains("text/html");
    }
}
