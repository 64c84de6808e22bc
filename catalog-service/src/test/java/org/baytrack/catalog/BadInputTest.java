package org.baytrack.catalog;

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

import static org.baytrack.infra.test.AccessTable.ADMIN_KEY;
import static org.baytrack.infra.test.BadInput.get;
import static org.baytrack.infra.test.BadInput.post;

/** Every class of bad input to the catalog API, each answered with a 4xx problem naming what to fix. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class BadInputTest {
    static final String JSON = "application/json";
    static final String ALIASED = "{\"id\": \"bad-input-bridge\", \"type\": \"project\", \"name\": \"测试大桥\", "
            + "\"aliases\": ";
    static final String ENTITY = "{\"id\": \"bad-input-bridge\", \"type\": \"PROJECT\", \"name\": \"测试大桥\"";
    static final String TEXT = "新的跨江通道今天开工，预计三年后建成通车。";

    @TestHTTPResource("/")
    URI base;

    static List<BadInput.Row> rows() {
        return List.of(
                // control characters
                get("NUL in an article id", "/articles/art-%00", 400, "Path parameter 'id'"),
                get("NUL in an entity id", "/entities/x%00y", 400, "Path parameter 'id'"),
                get("NUL in a search", "/articles?q=%E5%A4%A7%00", 400, "Query parameter 'q'"),
                get("escape in an entity type", "/entities?type=PROJECT%1B", 400, "U+001B"),
                post("NUL in an alias", "/entities", JSON, ENTITY + ", \"aliases\": [\"测试\\u0000桥\"]}", 400,
                        "Field 'aliases[0]' contains the control character U+0000"),
                post("NUL in a name", "/entities", JSON, "{\"id\": \"x\", \"type\": \"PROJECT\", \"name\": \"\\u0000\"}", 400,
                        "Field 'name'"),
                get("NUL in a document id", "/articles?document=doc-%00", 400, "Query parameter 'document'"),
                post("NUL in a text to analyse", "/analyze", JSON, "{\"text\": \"" + TEXT + "\\u0000\"}", 400,
                        "Field 'text' contains the control character U+0000"),
                post("a line feed in an alias", "/entities", JSON, ALIASED + "[\"测试\\n桥\"]}", 400,
                        "aliases[0] contains the control character U+000A"),
                // alias rules: each name is looked for in every article
                post("a one-character alias", "/entities", JSON, ALIASED + "[\"测试桥\", \"桥\"]}", 400,
                        "aliases[1] '桥' has 1 characters"),
                post("an alias past 100 characters", "/entities", JSON, ALIASED + "[\"" + "桥".repeat(101) + "\"]}",
                        400, "need 2 to 100"),
                post("51 aliases", "/entities", JSON, ALIASED + "[" + "\"测试桥\",".repeat(50) + "\"测试桥\"]}", 400,
                        "aliases has 51 names; at most 50"),
                // dates
                get("a from beyond 2100", "/articles?from=%2B999999999-01-01", 400, "from +999999999-01-01 is out of range"),
                get("a to before 1900", "/articles?to=1000-01-01", 400, "between 1900-01-01 and 2100-12-31"),
                get("a from that is no date", "/articles?from=last-week", 400, "from 'last-week' is not a date"),
                post("a publication year beyond 2100", "/analyze", JSON, "{\"text\": \"" + TEXT
                        + "\", \"published\": \"+999999999-01-01\"}", 400, "published +999999999-01-01 is out of range"),
                post("a publication year before 1900", "/analyze", JSON, "{\"text\": \"" + TEXT
                        + "\", \"published\": \"1066-10-14\"}", 400, "between 1900-01-01 and 2100-12-31"),
                post("a publication date that is no date", "/analyze", JSON, "{\"text\": \"" + TEXT
                        + "\", \"published\": \"soon\"}", 400, "published 'soon' is not a date"),
                // unknown fields and wrong types
                post("a misspelled field", "/entities", JSON, ENTITY + ", \"alises\": [\"测桥\"]}", 400,
                        "Unknown field 'alises'; the known fields are aliases, id, name, nameEn, nameHant, type"),
                post("aliases as a string", "/entities", JSON, ENTITY + ", \"aliases\": \"测桥\"}", 400,
                        "Field 'aliases' must be an array"),
                post("a type as a number", "/entities", JSON, "{\"id\": \"x\", \"type\": 3, \"name\": \"x\"}", 400,
                        "Field 'type' must be a string"),
                post("a name as a list", "/entities", JSON, "{\"id\": \"x\", \"type\": \"PROJECT\", \"name\": [\"a\"]}", 400,
                        "Field 'name' must be a string"),
                post("an alias as an object", "/entities", JSON, ENTITY + ", \"aliases\": [{}]}", 400,
                        "Field 'aliases[0]' must be a string"),
                post("a list for the entity", "/entities", JSON, "[]", 400, "The body must be a JSON object"),
                post("broken JSON", "/entities", JSON, ENTITY, 400, "not valid JSON"),
                post("a misspelled field to analyse", "/analyze", JSON, "{\"text\": \"" + TEXT
                        + "\", \"pubished\": \"2021-12-29\"}", 400, "Unknown field 'pubished'; the known fields are published, text"),
                post("the text as a list", "/analyze", JSON, "{\"text\": [\"" + TEXT + "\"]}", 400,
                        "Field 'text' must be a string"),
                post("published as a number", "/analyze", JSON, "{\"text\": \"" + TEXT + "\", \"published\": 20211229}",
                        400, "Field 'published' must be a string"),
                post("published as an object", "/analyze", JSON, "{\"text\": \"" + TEXT + "\", \"published\": {}}",
                        400, "Field 'published' must be a string"),
                post("a list to analyse", "/analyze", JSON, "[\"" + TEXT + "\"]", 400, "The body must be a JSON object"),
                post("broken JSON to analyse", "/analyze", JSON, "{\"text\": \"", 400, "not valid JSON"),
                // paging
                get("a page that is a word", "/articles?page=abc", 400, "page must be a whole number from 0 to 10000"),
                get("a page past int", "/articles?page=99999999999", 400, "page must be a whole number from 0 to 10000"),
                get("a negative page", "/articles?page=-1", 400, "from 0 to 10000"),
                get("a document's page that is a word", "/articles?document=doc-1&page=two", 400,
                        "page must be a whole number from 0 to 10000"),
                get("a limit that is a word", "/entities/candidates?limit=ten", 400, "limit must be a whole number from 1 to 500"),
                get("a zero limit", "/entities/candidates?limit=0", 400, "from 1 to 500"),
                get("a huge limit", "/entities/candidates?limit=99999999999", 400, "from 1 to 500"),
                // sizes
                get("a URI past the limit", "/articles?q=" + "a".repeat(9000), 414, "the limit is 8192"));
    }

    /** Requests HTTP clients refuse to send, so written on a socket. */
    static List<BadInput.RawRow> rawRows() {
        return List.of(
                // percent-encoding Vert.x cannot decode
                BadInput.rawGet("a '%' without two hex digits in the path", "/articles/%zz", null, 400,
                        "'%' that is not followed by two hexadecimal digits"),
                BadInput.rawGet("a '%' without two hex digits in the query", "/articles?q=%E5%", null, 400,
                        "'%' that is not followed by two hexadecimal digits"),
                BadInput.rawGet("a character a URI cannot hold", "/articles?a=b|c", null, 400, "The request URI is not valid"),
                // control characters in headers
                BadInput.rawGet("a control character in the key header", "/articles", "Authorization: Bearer a\u0001b",
                        400, "Header 'Authorization' contains the control character U+0001"),
                BadInput.rawGet("NUL in the Content-Type", "/articles", "Content-Type: text/plain\u0000", 400,
                        "Header 'Content-Type' contains the control character U+0000"),
                BadInput.rawGet("a space in a header name", "/articles", "X Forwarded: a", 400, "The header name 'X Forwarded'"),
                // sizes
                BadInput.rawGet("a URI past the limit, sent raw", "/articles?a=" + "9".repeat(9000), null, 414,
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
        BadInput.checkLoggingNoError(base, row, "Authorization", "Bearer " + ADMIN_KEY);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/entities", "/analyze"})
    void aBodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent(String path) throws Exception {
        String answer = BadInput.announceBody(base, path, JSON, 50L * 1024 * 1024);
        BadInput.assertTooLarge(answer, "(quarkus.http.limits.max-body-size)");
    }
}
