package org.baytrack.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.infra.test.BadInput;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.List;

import static org.baytrack.infra.test.BadInput.get;
import static org.baytrack.infra.test.BadInput.patch;
import static org.baytrack.infra.test.BadInput.post;

/** Every class of bad input to the notification API, each answered with a 4xx problem naming what to fix. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class BadInputTest {
    static final String JSON = "application/json";

    @TestHTTPResource("/")
    URI base;

    static List<BadInput.Row> rows() {
        return List.of(
                // control characters
                get("NUL in a subscription id", "/subscriptions/sub-%00", 400, "Path parameter 'id'"),
                get("NUL in a stream's project", "/alerts/stream?project=%00", 400, "Query parameter 'project'"),
                get("NUL in a delivery status", "/subscriptions/sub-x/deliveries?status=dead%00", 400, "Query parameter 'status'"),
                post("NUL in a webhook URL", "/subscriptions", JSON,
                        "{\"projects\": [\"*\"], \"webhook\": {\"url\": \"http://127.0.0.1:9/h\\u0000\"}}", 400,
                        "Field 'webhook.url' contains the control character U+0000"),
                post("NUL in a project", "/subscriptions", JSON, "{\"projects\": [\"a\\u0000\"]}", 400,
                        "Field 'projects[0]'"),
                post("NUL in a field name", "/subscriptions", JSON, "{\"proj\\u0000\": 1}", 400, "field name"),
                patch("NUL in a patch", "/subscriptions/sub-x", "application/merge-patch+json",
                        "{\"contact\": \"a\\u0000@example.org\"}", 400, "Field 'contact'"),
                // unknown fields and wrong types
                post("a misspelled field", "/subscriptions", JSON, "{\"projects\": [\"*\"], \"histrical\": true}", 400,
                        "unknown field 'histrical'"),
                post("projects as a string", "/subscriptions", JSON, "{\"projects\": \"*\"}", 400,
                        "projects must be a list of strings"),
                post("historical as a word", "/subscriptions", JSON, "{\"projects\": [\"*\"], \"historical\": \"yes\"}", 400,
                        "historical must be true or false"),
                post("broken JSON", "/subscriptions", JSON, "{\"projects\": [", 400, "not valid JSON"),
                // paging and ids
                get("a limit that is a word", "/subscriptions/sub-x/deliveries?limit=all", 400,
                        "limit must be a whole number from 1 to 1000"),
                get("a limit past int", "/subscriptions/sub-x/deliveries?limit=99999999999", 400, "from 1 to 1000"),
                get("a zero limit", "/subscriptions/sub-x/deliveries?limit=0", 400, "from 1 to 1000"),
                get("historical neither true nor false", "/alerts/stream?historical=yes", 400,
                        "historical must be true or false"),
                get("a delivery id that is a word", "/deliveries/abc", 400, "id must be a whole number"),
                // sizes
                get("a URI past the limit", "/subscriptions/" + "s".repeat(9000), 414, "the limit is 8192"));
    }

    /** Requests HTTP clients refuse to send, so written on a socket. */
    static List<BadInput.RawRow> rawRows() {
        return List.of(
                // percent-encoding Vert.x cannot decode
                BadInput.rawGet("a '%' without two hex digits in the path", "/subscriptions/%zz", null, 400,
                        "'%' that is not followed by two hexadecimal digits"),
                BadInput.rawGet("a '%' without two hex digits in the query", "/alerts/stream?project=%G1", null, 400,
                        "'%' that is not followed by two hexadecimal digits"),
                BadInput.rawGet("a character a URI cannot hold", "/subscriptions/sub-x?a=b|c", null, 400, "The request URI is not valid"),
                // control characters in headers
                BadInput.rawGet("a control character in the key header", "/subscriptions/sub-x", "Authorization: Bearer a\u0001b",
                        400, "Header 'Authorization' contains the control character U+0001"),
                BadInput.rawGet("NUL in the Content-Type", "/subscriptions/sub-x", "Content-Type: text/plain\u0000", 400,
                        "Header 'Content-Type' contains the control character U+0000"),
                BadInput.rawGet("a space in a header name", "/subscriptions/sub-x", "X Forwarded: a", 400, "The header name 'X Forwarded'"),
                // sizes
                BadInput.rawGet("a URI past the limit, sent raw", "/subscriptions/sub-x?a=" + "9".repeat(9000), null, 414,
                        "the limit is 8192"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawRows")
    void requestsVertxCannotReadGetAProblemToo(BadInput.RawRow row) throws Exception {
        BadInput.checkRaw(base, row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputGetsAProblemNamingTheField(BadInput.Row row) throws Exception {
        BadInput.checkLoggingNoError(base, row, "Authorization", "Bearer " + ServiceTestSupport.ADMIN_KEY);
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        String answer = BadInput.announceBody(base, "/subscriptions", JSON, 50L * 1024 * 1024);
        BadInput.assertTooLarge(answer, "(quarkus.http.limits.max-body-size)");
    }
}
