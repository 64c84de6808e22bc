package org.baytrack.ingest.document;

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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.baytrack.infra.test.AccessTable.INGEST_KEY;
import static org.baytrack.infra.test.BadInput.get;
import static org.baytrack.infra.test.BadInput.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Every class of bad input to the ingest API, each answered with a 4xx problem naming what to fix. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class BadInputTest {
    static final String TEXT = "text/plain; charset=UTF-8";
    static final String JSON = "application/json";
    static final String STORY = "珠江口的新大桥今天合龙，施工方说全线将在明年年底通车，届时两岸车程缩短到二十分钟。";
    static final String STORY_HANT = "珠江口的新大橋今天合龍，施工方說全線將在明年年底通車，屆時兩岸車程縮短到二十分鐘。";

    @TestHTTPResource("/")
    URI base;

    static List<BadInput.Row> rows() {
        return List.of(
                // control characters
                post("NUL in a query parameter", "/documents?source=a%00b", TEXT, STORY, 400, "Query parameter 'source'"),
                post("line feed in a query parameter", "/documents?title=a%0Ab", TEXT, STORY, 400, "U+000A"),
                get("NUL in a document id", "/documents/doc-%00", 400, "Path parameter 'id'"),
                post("NUL in a JSON string", "/documents", JSON, "{\"text\": \"" + STORY + "\", \"source\": \"a\\u0000b\"}",
                        400, "Field 'source' contains the control character U+0000"),
                post("NUL in a text body", "/documents", TEXT, STORY + "\u0000", 400, "NUL"),
                post("NUL in a JSON text", "/documents", JSON, "{\"text\": \"ab\\u0000c\"}", 400, "Field 'text'"),
                // dates
                post("a year beyond 2100", "/documents?published=%2B999999999-01-01", TEXT, STORY, 400, "published"),
                post("a JSON date before 1900", "/documents", JSON, "{\"text\": \"" + STORY + "\", \"published\": \"1899-12-31\"}",
                        400, "between 1900-01-01 and 2100-12-31"),
                post("a date that is no date", "/documents?published=2021-13-01", TEXT, STORY, 400, "published '2021-13-01'"),
                get("a since far in the future", "/documents?since=%2B999999999-01-01T00:00:00Z", 400, "since"),
                // unknown JSON fields
                post("misspelled published", "/documents", JSON, "{\"text\": \"" + STORY + "\", \"pubished\": \"2021-12-29\"}",
                        400, "Unknown field 'pubished'; the known fields are backfill, html, published, source, text, title, url"),
                post("misspelled backfill", "/documents", JSON, "{\"text\": \"" + STORY + "\", \"backfil\": true}",
                        400, "Unknown field 'backfil'"),
                post("a misspelled query parameter", "/documents?pubished=2021-12-29", TEXT, STORY, 400,
                        "Unknown query parameter 'pubished'; the known ones are backfill, charset, published, source, title, url"),
                post("a query parameter beside a JSON document", "/documents?published=2021-12-29", JSON,
                        "{\"text\": \"" + STORY + "\"}", 400, "a JSON document takes its fields in the body"),
                // wrong JSON types
                post("a number for the source", "/documents", JSON, "{\"text\": \"" + STORY + "\", \"source\": 7}", 400,
                        "Field 'source' must be a string"),
                post("an array for the text", "/documents", JSON, "{\"text\": [\"" + STORY + "\"]}", 400,
                        "Field 'text' must be a string"),
                post("a word for backfill", "/documents", JSON, "{\"text\": \"" + STORY + "\", \"backfill\": \"maybe\"}",
                        400, "Field 'backfill' must be true or false"),
                post("an array for the document", "/documents", JSON, "[1]", 400, "The body must be a JSON object"),
                post("broken JSON", "/documents", JSON, "{\"text\": ", 400, "not valid JSON"),
                post("backfill neither true nor false", "/documents?backfill=ture", TEXT, STORY, 400, "backfill must be true or false"),
                // paging
                get("a limit that is a word", "/documents?limit=abc", 400, "limit must be a whole number from 1 to 1000"),
                get("a limit past int", "/documents?limit=99999999999", 400, "limit must be a whole number from 1 to 1000"),
                get("a zero limit", "/documents?limit=0", 400, "from 1 to 1000"),
                get("a negative limit", "/documents?limit=-3", 400, "from 1 to 1000"),
                // sizes
                get("a URI past the limit", "/documents?since=" + "9".repeat(9000), 414, "the limit is 8192"),
                post("an event past the broker's limit", "/documents", TEXT, controlCharacters(10 * 1024 * 1024), 413,
                        "the broker's record limit of 16777216 bytes"),
                // decoding
                post("Big5 bytes declared as GB18030", "/documents", "text/plain; charset=GB18030",
                        STORY_HANT.getBytes(Charset.forName("Big5")), 400, "charset=detect"),
                post("a lying meta charset", "/documents", "text/html",
                        ("<html><head><meta charset=\"gb2312\"></head><body><p>" + STORY_HANT + "</p></body></html>")
                                .getBytes(Charset.forName("Big5")), 400, "GB18030"),
                post("GB18030 bytes under a meta saying UTF-8", "/documents", "text/html",
                        ("<html><head><meta charset=\"utf-8\"></head><body><p>" + STORY + "</p></body></html>")
                                .getBytes(Charset.forName("GB18030")), 400, "not valid UTF-8"),
                post("UTF-8 bytes declared as Latin-1", "/documents", "text/plain; charset=ISO-8859-1",
                        STORY.getBytes(StandardCharsets.UTF_8), 400, "ISO-8859-1"),
                post("replacement characters", "/documents", TEXT, STORY + "\uFFFD\uFFFD", 400, "replacement character"),
                post("a charset option that is not detect", "/documents?charset=big5", TEXT, STORY, 400, "charset takes only 'detect'"));
    }

    /** Requests HTTP clients refuse to send, so written on a socket. */
    static List<BadInput.RawRow> rawRows() {
        return List.of(
                // percent-encoding Vert.x cannot decode
                BadInput.rawGet("a '%' without two hex digits in the path", "/documents/%zz", null, 400,
                        "'%' that is not followed by two hexadecimal digits"),
                BadInput.rawGet("a '%' without two hex digits in the query", "/documents?since=%2", null, 400,
                        "'%' that is not followed by two hexadecimal digits"),
                BadInput.rawGet("a character a URI cannot hold", "/documents" + "?a=b|c", null, 400,
                        "The request URI is not valid"),
                // control characters in headers
                BadInput.rawGet("a control character in the key header", "/documents", "Authorization: Bearer a\u0001b",
                        400, "Header 'Authorization' contains the control character U+0001"),
                BadInput.rawGet("NUL in the Content-Type", "/documents", "Content-Type: text/plain\u0000", 400,
                        "Header 'Content-Type' contains the control character U+0000"),
                BadInput.rawGet("a space in a header name", "/documents", "X Forwarded: a", 400, "The header name 'X Forwarded'"),
                // sizes
                BadInput.rawGet("a URI past the limit, sent raw", "/documents" + "?a=" + "9".repeat(9000), null, 414,
                        "the limit is 8192"),
                BadInput.chunkedPost("a chunked batch past the limit", "/documents/batch", DocumentBatch.NDJSON,
                        "Authorization: Bearer " + INGEST_KEY, 65L * 1024 * 1024, 413,
                        "grew past the limit of 67108864 bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawRows")
    void requestsVertxCannotReadGetAProblemToo(BadInput.RawRow row) throws Exception {
        BadInput.checkRaw(base, row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputGetsAProblemNamingTheField(BadInput.Row row) throws Exception {
        BadInput.checkLoggingNoError(base, row, "Authorization", "Bearer " + INGEST_KEY);
    }

    @Test
    void theErrorLogWatchSeesAnErrorLine() {
        try (var errors = new BadInput.ErrorLog()) {
            org.jboss.logging.Logger.getLogger(BadInputTest.class).error("an error the suite must see");
            assertThat(errors.errors()).anyMatch(e -> e.contains("an error the suite must see"));
        }
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        String document = BadInput.announceBody(base, "/documents", TEXT, 20L * 1024 * 1024);
        BadInput.assertTooLarge(document, "the limit is 10485760 bytes (baytrack.ingest.max-document-bytes)");
        String batch = BadInput.announceBody(base, "/documents/batch", DocumentBatch.NDJSON, 200L * 1024 * 1024);
        BadInput.assertTooLarge(batch, "the limit is 67108864 bytes (quarkus.http.limits.max-body-size)");
    }

    @Test
    void aChunkedDocumentUnderTheLimitIsStoredWhole() throws Exception {
        byte[] story = (STORY + "分块发送。").getBytes(StandardCharsets.UTF_8);
        // a body from a stream has no length known in advance, so the client sends it in chunks
        var request = java.net.http.HttpRequest.newBuilder(base.resolve("/documents"))
                .header("Content-Type", TEXT).header("Authorization", "Bearer " + INGEST_KEY)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(story)))
                .build();
        var response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = io.restassured.path.json.JsonPath.from(response.body()).getString("id");
        byte[] stored = given().auth().oauth2(INGEST_KEY).get("/documents/" + id + "/raw").then().statusCode(200)
                .extract().asByteArray();
        assertThat(stored).isEqualTo(story);
    }

    @Test
    void detectionIsThereForTheAsking() {
        byte[] big5 = STORY_HANT.getBytes(Charset.forName("Big5"));
        String id = given().auth().oauth2(INGEST_KEY).contentType("text/plain; charset=GB18030").body(big5).queryParam("charset", "detect")
                .post("/documents").then().statusCode(202).extract().path("id");
        given().get("/documents/" + id).then().body("charset", startsWith("Big5"));
        byte[] html = ("<html><head><meta charset=\"gb2312\"></head><body><p>" + STORY_HANT + "。</p></body></html>")
                .getBytes(Charset.forName("Big5"));
        given().auth().oauth2(INGEST_KEY).contentType("text/html").body(html).queryParam("charset", "detect")
                .post("/documents").then().statusCode(202);
    }

    @Test
    void aBatchLineThatIsNotUtf8IsRejectedAloneWithTheCharsetNamed() {
        byte[] good = ("{\"text\": \"" + STORY + "好\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = ("{\"text\": \"" + STORY_HANT + "\"}\n").getBytes(Charset.forName("Big5"));
        byte[] unknown = ("{\"text\": \"" + STORY + "\", \"backfil\": true}\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[good.length + bad.length + unknown.length];
        System.arraycopy(good, 0, body, 0, good.length);
        System.arraycopy(bad, 0, body, good.length, bad.length);
        System.arraycopy(unknown, 0, body, good.length + bad.length, unknown.length);
        given().auth().oauth2(INGEST_KEY).contentType(DocumentBatch.NDJSON).body(body).post("/documents/batch").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(2))
                .body("items[1].error", containsString("line 2 is not valid UTF-8"))
                .body("items[2].error", containsString("Unknown field 'backfil'"));
    }

    static byte[] controlCharacters(int n) {
        byte[] bytes = new byte[n];
        Arrays.fill(bytes, (byte) 1);
        return bytes;
    }
}
