package org.baytrack.catalog.analyze;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.baytrack.infra.test.AccessTable.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** POST /analyze on the real database and broker: the catalog's own analysis, over its registry, storing nothing. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class AnalyzeTest {
    @Inject
    EntityManager em;

    long rows(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from " + table)
                .getSingleResult()).longValue());
    }

    @Test
    void analyzeReturnsWhatWouldBeExtractedAndStoresNothing() {
        long articles = rows("article");
        long outbox = rows("outbox");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "黄茅海跨海通道项目预计2026年建成通车。", "published", "2024-05-01"))
                .post("/analyze").then().statusCode(200).contentType(ContentType.JSON)
                .body("milestones[0].project", equalTo("huangmaohai-passage"))
                .body("milestones[0].kind", equalTo("forecast_opening"))
                .body("milestones[0].date", equalTo("2026"))
                .body("published", equalTo("2024-05-01"))
                .body("mentions.entity", hasItem("huangmaohai-passage"))
                .body("$", not(org.hamcrest.Matchers.hasKey("file")));
        assertThat(rows("article")).isEqualTo(articles);
        assertThat(rows("outbox")).isEqualTo(outbox);
    }

    @Test
    void aProjectRegisteredThroughTheApiIsAnalysedAtOnce() {
        String text = "澄屿湾隧道二期工程正式开工建设。";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "published", "2025-02-01"))
                .post("/analyze").then().statusCode(200).body("milestones.project", not(hasItem("chengyu-bay-tunnel")));

        given().auth().oauth2(ADMIN_KEY).contentType(ContentType.JSON)
                .body("{\"id\":\"chengyu-bay-tunnel\",\"type\":\"project\",\"name\":\"澄屿湾隧道\"}")
                .post("/entities").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("text", text, "published", "2025-02-01"))
                .post("/analyze").then().statusCode(200)
                .body("milestones[0].project", equalTo("chengyu-bay-tunnel"))
                .body("milestones[0].kind", equalTo("construction_started"));
    }

    @Test
    void aMissingTextOrAnUnreadableDateGetsAProblemSayingWhatToSend() {
        given().contentType(ContentType.JSON).body(Map.of("text", " ")).post("/analyze")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("non-empty text"));
        given().contentType(ContentType.JSON).body(Map.of("text", "正文", "published", "29/12/2021")).post("/analyze")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("YYYY-MM-DD"));
        given().contentType(ContentType.JSON).body(Map.of("text", "长".repeat(AnalyzeResource.MAX_CHARS + 1)))
                .post("/analyze").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("send at most " + AnalyzeResource.MAX_CHARS));
    }

    @Test
    void openApiDocumentsAnalyze() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/analyze'.post.summary", equalTo("What would be extracted from a text"));
    }
}
