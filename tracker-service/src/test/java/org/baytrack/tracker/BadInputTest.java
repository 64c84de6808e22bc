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

/** Every class of bad input to the tracker API and pages, each answered with a 4xx problem naming what to fix. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
class BadInputTest {
    static final String FORM = "application/x-www-form-urlencoded";

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
                // percent-encoding
                get("percent-encoded bytes that are not UTF-8", "/projects/%FF%FE", 400,
                        "Path parameter 'id' holds percent-encoded bytes that are not UTF-8"),
                get("percent-encoded bytes that are not UTF-8 in a query", "/projects?status=%C3%28", 400,
                        "Query parameter 'status' holds percent-encoded bytes that are not UTF-8"),
                // paging: JAX-RS answers a word for an int parameter 404
                get("an article count that is a word", "/candidates?articles=abc", 400,
                        "articles must be a whole number from 0 to 100000000, not 'abc'"),
                get("a negative article count", "/candidates?articles=-1", 400, "from 0 to 100000000"),
                // sizes
                get("a URI past the limit", "/projects?status=" + "x".repeat(9000), 414, "the limit is 8192"));
    }

    /** Requests HTTP clients refuse to send, so written on a socket. */
    static List<BadInput.RawRow> rawRows() {
        return List.of(
                // percent-encoding Vert.x cannot decode
                BadInput.rawGet("a '%' without two hex digits in the path", "/projects/%zz", null, 400,
                        "'%' that is not followed by two hexadecimal digits"),
                BadInput.rawGet("a '%' without two hex digits in the query", "/projects?status=50%", null, 400,
                        "'%' that is not followed by two hexadecimal digits"),
                BadInput.rawGet("a character a URI cannot hold", "/projects" + "?a=b|c", null, 400,
                        "The request URI is not valid"),
                // control characters in headers
                BadInput.rawGet("a control character in the key header", "/projects", "Authorization: Bearer a\u0001b",
                        400, "Header 'Authorization' contains the control character U+0001"),
                BadInput.rawGet("NUL in the Content-Type", "/projects", "Content-Type: text/plain\u0000", 400,
                        "Header 'Content-Type' contains the control character U+0000"),
                BadInput.rawGet("a space in a header name", "/projects", "X Forwarded: a", 400, "The header name 'X Forwarded'"),
                // sizes
                BadInput.rawGet("a URI past the limit, sent raw", "/projects" + "?a=" + "9".repeat(9000), null, 414,
                        "the limit is 8192"),
                BadInput.chunkedPost("a chunked body past the limit", "/candidates", FORM, null, 11L * 1024 * 1024, 413,
                        "too large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawRows")
    void requestsVertxCannotReadGetAProblemToo(BadInput.RawRow row) throws Exception {
        BadInput.checkRaw(base, row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputGetsAProblemNamingTheField(BadInput.Row row) throws Exception {
        BadInput.checkLoggingNoError(base, row);
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        String answer = BadInput.announceBody(base, "/candidates", FORM, 50L * 1024 * 1024);
        BadInput.assertTooLarge(answer, "(quarkus.http.limits.max-body-size)");
    }
}
