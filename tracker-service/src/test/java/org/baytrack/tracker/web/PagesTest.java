package org.baytrack.tracker.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.tracker.support.Catalog;
import org.baytrack.tracker.support.TrackerDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The board and project pages on the real embedded Kafka and PostgreSQL, with a document that carries markup. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
class PagesTest {
    static final String PROJECT = "zhongkai-expressway";
    static final String HOSTILE = "中开高速预计2027年通车<script>alert('x')</script><img src=x onerror=alert(1)>";

    @BeforeAll
    static void publishAHostileReport() {
        try (Catalog catalog = new Catalog()) {
            var article = new ArticleCataloged("art-pages-1", "doc-art-pages-1", "art-pages-1", 1,
                    "<b>标题</b>", LocalDate.parse("2024-05-02"), "测试来源", "javascript:alert(2)", "zh", "hans", false,
                    List.of(), List.of(new ArticleCataloged.MilestoneClaim(PROJECT, "forecast_opening", "2027", "year",
                    HOSTILE, 0)), List.of());
            TrackerDb.awaitProcessed(catalog.publish(article));
        }
    }

    @Test
    void boardIsAnHtmlPageWithSecurityHeaders() {
        String html = given().accept(ContentType.HTML).when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asString();
        assertThat(html).contains("<html lang=\"zh-Hans\">", "data-project=\"" + PROJECT + "\"", "中开高速", "2027");
        // most of the gazetteer has no report in this suite: only all=1 lists it
        String all = given().queryParam("all", "1").when().get("/").then().statusCode(200).extract().asString();
        assertThat(rows(all)).isGreaterThan(rows(html));
        assertThat(all).contains("data-project=\"hengqin-port\"");
    }

    static long rows(String html) {
        return html.split("data-project=", -1).length - 1;
    }

    @Test
    void boardSpeaksEnglishWhenAsked() {
        given().queryParam("lang", "en").when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Forecast opening"));
    }

    @Test
    void boardFiltersByStatusAndName() {
        String html = given().queryParam("q", "Zhongshan").when().get("/").then().statusCode(200).extract().asString();
        assertThat(html).contains("data-project=\"" + PROJECT + "\"").doesNotContain("data-project=\"huangmaohai-passage\"");
        String opened = given().queryParam("status", "opened").when().get("/").then().statusCode(200).extract().asString();
        assertThat(opened).doesNotContain("data-project=\"" + PROJECT + "\"");
    }

    @Test
    void projectPageEscapesTheDocumentsText() {
        String html = given().accept(ContentType.HTML).when().get("/projects/" + PROJECT)
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asString();
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script", "<img", "javascript:", "<b>标题</b>")
                .contains("<circle class=\"point first\"");
    }

    @Test
    void apiClientsStillGetJsonAtTheSameAddress() {
        given().accept("*/*").when().get("/projects/" + PROJECT)
                .then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo(PROJECT));
        given().accept(ContentType.JSON).when().get("/projects/" + PROJECT)
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue());
        given().when().get("/projects/" + PROJECT + "/timeline")
                .then().statusCode(200).body("[0].evidence[0].url", equalTo("javascript:alert(2)"));
    }

    @Test
    void unknownProjectPageIsNotFound() {
        given().accept(ContentType.HTML).when().get("/projects/no-such-project")
                .then().statusCode(404).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(not(containsString("<script")));
    }

    @Test
    void styleSheetIsServed() {
        given().when().get("/static/board.css").then().statusCode(200).contentType(startsWith("text/css"));
    }
}
