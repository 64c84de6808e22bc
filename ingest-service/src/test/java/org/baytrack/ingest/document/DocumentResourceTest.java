package org.baytrack.ingest.document;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import org.baytrack.events.DocumentIngested;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventSchemas;
import org.baytrack.events.Topics;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.infra.test.RealInfrastructureAccess;
import org.baytrack.infra.test.TopicReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.baytrack.infra.test.AccessTable.INGEST_KEY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class DocumentResourceTest {
    /** REST Assured would otherwise declare ISO-8859-1 on text bodies, and a declared charset is trusted. */
    static final RestAssuredConfig NO_DEFAULT_CHARSET = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    static byte[] seed(String name) throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty("baytrack.seeds", "../../shared/seeds"), name));
    }

    @Test
    void sameBytesTwiceMakeOneDocumentAndOneEvent() throws Exception {
        byte[] seed = seed("000_d4eb6ef48fb1f2de.txt");
        String id = given().auth().oauth2(INGEST_KEY).contentType("text/plain; charset=UTF-8").body(seed)
                .queryParam("source", "南方日报").queryParam("published", "2021-12-29")
                .post("/documents")
                .then().statusCode(202).body("status", equalTo("accepted")).body("id", startsWith("doc-"))
                .extract().path("id");
        given().auth().oauth2(INGEST_KEY).contentType("text/plain; charset=UTF-8").body(seed).post("/documents")
                .then().statusCode(202).body("status", equalTo("duplicate")).body("id", equalTo(id));

        try (var reader = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.DOCUMENTS_INGESTED)) {
            var records = reader.awaitMatching(r -> id.equals(r.key()), Duration.ofSeconds(20));
            records = reader.drainMatching(r -> id.equals(r.key()), Duration.ofSeconds(2));
            assertThat(records).hasSize(1);
            String json = records.get(0).value();
            assertThat(EventSchemas.violations(json)).isEmpty();
            DocumentIngested event = EventCodec.decode(json, DocumentIngested.class).data();
            assertThat(event.documentId()).isEqualTo(id);
            assertThat(event.source()).isEqualTo("南方日报");
            assertThat(event.published()).hasToString("2021-12-29");
            assertThat(event.body()).contains("黃茅海跨海通道");
        }

        given().get("/documents/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("sizeBytes", equalTo(seed.length)).body("mediaType", equalTo("text/plain"))
                // the article it became is the catalog's answer, not ingest's
                .body("status", equalTo("stored")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("article")));
        byte[] raw = given().get("/documents/" + id + "/raw").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asByteArray();
        assertThat(raw).isEqualTo(seed);
    }

    @Test
    void undeclaredBig5AndGb18030AreDetected() throws Exception {
        String traditional = "黃茅海跨海通道項目預計2024年建成通車，建成後將助力大灣區早日形成世界級交通樞紐。";
        String simplified = "深江铁路是国家八纵八横高速铁路主通道的重要组成部分，全线预计于2025年建成通车。";
        String big5Id = given().auth().oauth2(INGEST_KEY).config(NO_DEFAULT_CHARSET).contentType("text/plain").body(traditional.getBytes(Charset.forName("Big5")))
                .post("/documents").then().statusCode(202).extract().path("id");
        String gbId = given().auth().oauth2(INGEST_KEY).config(NO_DEFAULT_CHARSET).contentType("text/plain").body(simplified.getBytes(Charset.forName("GB18030")))
                .post("/documents").then().statusCode(202).extract().path("id");
        given().get("/documents/" + big5Id).then().body("charset", startsWith("Big5"));
        given().get("/documents/" + gbId).then().body("charset", equalTo("GB18030"));
    }

    @Test
    void jsonDocumentsCarryTheirMetadata() {
        String id = given().auth().oauth2(INGEST_KEY).contentType(ContentType.JSON)
                .body("{\"html\":\"<html><body><p>中开高速明年年底建成通车。</p></body></html>\","
                        + "\"url\":\"https://example.org/a\",\"source\":\"江门日报\",\"published\":\"2021-12-29\",\"title\":\"中开高速\"}")
                .post("/documents").then().statusCode(202).body("status", equalTo("accepted")).extract().path("id");
        given().get("/documents/" + id).then().statusCode(200)
                .body("mediaType", equalTo("text/html")).body("source", equalTo("江门日报"))
                .body("url", equalTo("https://example.org/a")).body("published", equalTo("2021-12-29"));
    }

    @Test
    void badInputGetsAProblemAndStoresNothing() {
        given().auth().oauth2(INGEST_KEY).contentType("text/plain").body(new byte[0]).post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("empty"));
        given().auth().oauth2(INGEST_KEY).contentType(ContentType.JSON).body("{\"text\": ").post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
        given().auth().oauth2(INGEST_KEY).contentType(ContentType.JSON).body("{\"url\": \"x\"}").post("/documents")
                .then().statusCode(400).body("detail", containsString("exactly one of"));
        given().auth().oauth2(INGEST_KEY).contentType("text/plain; charset=UTF-8").body("正文".getBytes(StandardCharsets.UTF_8))
                .queryParam("published", "yesterday").post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("YYYY-MM-DD"));
        given().auth().oauth2(INGEST_KEY).contentType("text/plain; charset=UTF-8").body(new byte[]{(byte) 0xff, (byte) 0xfe, (byte) 0xfd})
                .post("/documents").then().statusCode(400).body("detail", containsString("UTF-8"));
        given().auth().oauth2(INGEST_KEY).contentType("application/pdf").body(new byte[]{1, 2, 3}).post("/documents")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(INGEST_KEY).contentType("text/plain; charset=UTF-8").body(new byte[10 * 1024 * 1024 + 1]).post("/documents")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("limit"));
        given().get("/documents/doc-nothing").then().statusCode(404).contentType("application/problem+json");
    }
}
