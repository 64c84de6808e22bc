package org.baytrack.ingest.document;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.baytrack.infra.test.AccessTable.INGEST_KEY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class DocumentBatchTest {

    @Test
    void ndjsonBatchReportsEachLineAndABadLineSinksNothingElse() {
        String body = """
                {"text": "深江铁路珠江口隧道今年盾构始发。", "source": "新华社", "published": "2023-05-01"}
                {"text": 
                {"html": "<p>黄茅海跨海通道高栏港大桥主塔封顶。</p>", "published": "not-a-date"}
                {"html": "<p>黄茅海跨海通道高栏港大桥主塔封顶。</p>", "published": "2023-06-30"}
                {"text": "深江铁路珠江口隧道今年盾构始发。", "source": "新华社", "published": "2023-05-01"}
                """;
        given().auth().oauth2(INGEST_KEY).contentType(DocumentBatch.NDJSON).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/documents/batch").then().statusCode(200)
                .body("accepted", equalTo(2)).body("duplicate", equalTo(1)).body("rejected", equalTo(2))
                .body("items[0].status", equalTo("accepted"))
                .body("items[1].item", equalTo("line 2")).body("items[1].status", equalTo("rejected"))
                .body("items[1].error", containsString("JSON"))
                .body("items[2].error", containsString("YYYY-MM-DD")).body("items[2].id", nullValue())
                .body("items[4].status", equalTo("duplicate"));
    }

    @Test
    void multipartFilesAreReadWithTheirOwnEncodings() {
        given().auth().oauth2(INGEST_KEY).multiPart("file", "zhongkai.txt", "中開高速明年年底建成通車。".getBytes(Charset.forName("Big5")), "text/plain")
                .multiPart("file", "page.html", "<html><body><p>深中通道正式通车。</p></body></html>".getBytes(StandardCharsets.UTF_8), "text/html")
                .multiPart("file", "empty.txt", new byte[0], "text/plain")
                .post("/documents/batch").then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(1))
                .body("items[1].item", equalTo("page.html"))
                .body("items[2].error", containsString("empty"));
    }

    @Test
    void anEmptyBatchIsAProblem() {
        given().auth().oauth2(INGEST_KEY).contentType(DocumentBatch.NDJSON).body("\n\n".getBytes(StandardCharsets.UTF_8)).post("/documents/batch")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("one JSON document per line"));
    }
}
