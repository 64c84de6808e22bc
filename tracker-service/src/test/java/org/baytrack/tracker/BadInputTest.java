package org.baytrack.tracker;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.infra.test.BadInput;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.List;

import static org.baytrack.infra.test.BadInput.get;
import static org.baytrack.infra.test.BadInput.post;

/** Every class of bad input to the tracker API and pages, each answered with a 4xx problem naming what to fix. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
class BadInputTest {
    static final String JSON = "application/json";
    static final String TEXT = "新的跨江通道今天开工，预计三年后建成通车。";

    @TestHTTPResource("/")
    URI base;

    static List<BadInput.Row> rows() {
        return List.of(
                // control characters
                get("NUL in a project id", "/projects/x%00", 400, "Path parameter 'id'"),
                get("NUL in a timeline's project id", "/projects/x%00/timeline", 400, "Path parameter 'id'"),
                get("NUL in an agreement id", "/agreements/a%00", 400, "Path parameter 'id'"),
                get("NUL in a status filter", "/projects?status=open%00", 400, "Query parameter 'status'"),
                get("NUL in the board's search", "/?q=%00", 400, "Query parameter 'q'"),
                get("NUL in a board row", "/board/rows/x%00", 400, "Path parameter 'id'"),
                post("NUL in the text", "/analyze", JSON, "{\"text\": \"" + TEXT + "\\u0000\"}", 400,
                        "Field 'text' contains the control character U+0000"),
                // dates
                post("a year beyond 2100", "/analyze", JSON, "{\"text\": \"" + TEXT + "\", \"published\": \"+999999999-01-01\"}",
                        400, "published +999999999-01-01 is out of range"),
                post("a year before 1900", "/analyze", JSON, "{\"text\": \"" + TEXT + "\", \"published\": \"1066-10-14\"}",
                        400, "between 1900-01-01 and 2100-12-31"),
                post("a date that is no date", "/analyze", JSON, "{\"text\": \"" + TEXT + "\", \"published\": \"soon\"}",
                        400, "published 'soon' is not a date"),
                // unknown fields and wrong types
                post("a misspelled field", "/analyze", JSON, "{\"text\": \"" + TEXT + "\", \"pubished\": \"2021-12-29\"}",
                        400, "Unknown field 'pubished'; the known fields are published, text"),
                post("the text as a list", "/analyze", JSON, "{\"text\": [\"" + TEXT + "\"]}", 400, "Field 'text' must be a string"),
                post("published as a number", "/analyze", JSON, "{\"text\": \"" + TEXT + "\", \"published\": 20211229}",
                        400, "Field 'published' must be a string"),
                post("published as an object", "/analyze", JSON, "{\"text\": \"" + TEXT + "\", \"published\": {}}", 400,
                        "Field 'published' must be a string"),
                post("a list for the request", "/analyze", JSON, "[\"" + TEXT + "\"]", 400, "The body must be a JSON object"),
                post("broken JSON", "/analyze", JSON, "{\"text\": \"", 400, "not valid JSON"),
                get("percent-encoded bytes that are not UTF-8", "/projects/%FF%FE", 400,
                        "Path parameter 'id' holds percent-encoded bytes that are not UTF-8"),
                get("percent-encoded bytes that are not UTF-8 in a query", "/projects?status=%C3%28", 400,
                        "Query parameter 'status' holds percent-encoded bytes that are not UTF-8"),
                // sizes
                get("a URI past the limit", "/projects?status=" + "x".repeat(9000), 414, "the limit is 8192"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputGetsAProblemNamingTheField(BadInput.Row row) throws Exception {
        BadInput.checkLoggingNoError(base, row);
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        String answer = BadInput.announceBody(base, "/analyze", JSON, 50L * 1024 * 1024);
        BadInput.assertTooLarge(answer, "(quarkus.http.limits.max-body-size)");
    }
}
