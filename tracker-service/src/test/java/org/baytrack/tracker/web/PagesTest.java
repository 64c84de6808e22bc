package org.baytrack.tracker.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.tracker.support.Catalog;
import org.baytrack.tracker.support.Entities;
import org.baytrack.tracker.support.TrackerDb;
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
    static final String AGREEMENT = "虚构湾港合作协议<script>alert('agr')</script>";
    static final List<String> MADE_UP_PARTIES = List.of("海湾虚构港务有限公司", "星屿示例科技集团");
    static final String HOSTILE = "中开高速预计2027年通车<script>alert('x')</script><img src=x onerror=alert(1)>";

    @BeforeAll
    static void publishAHostileReport() {
        try (Catalog catalog = new Catalog()) {
            Entities.announce(catalog);
            var article = new ArticleCataloged("art-pages-1", "doc-art-pages-1", "art-pages-1", 1,
                    "<b>标题</b>", LocalDate.parse("2024-05-02"), "测试来源", "javascript:alert(2)", "zh", "hans", false,
                    List.of(), List.of(new ArticleCataloged.MilestoneClaim(PROJECT, MilestoneKind.FORECAST_OPENING, "2027", "year",
                    HOSTILE, 0)), List.of());
            TrackerDb.awaitProcessed(catalog.publish(article));
            TrackerDb.awaitProcessed(catalog.publish(agreementReport("art-pages-agr-1", "2023-03-01", 27, 5,
                    "https://example.org/pact")));
            TrackerDb.awaitProcessed(catalog.publish(agreementReport("art-pages-agr-2", "2024-03-01", null, 8, null)));
        }
    }

    static ArticleCataloged agreementReport(String id, String published, Integer items, Integer done, String url) {
        var claim = new ArticleCataloged.AgreementClaim(AGREEMENT, MADE_UP_PARTIES, "2022-11", List.of("港口航运"), 2,
                items, done, "两家虚构公司签署了" + AGREEMENT + "。", MADE_UP_PARTIES);
        String sentence = "两家虚构公司称协议将服务中开高速沿线港口。";
        var namesTheProject = new ArticleCataloged.Sentence(0, sentence, List.of(
                new ArticleCataloged.Mention(PROJECT, "project", "中开高速", 12, 16)));
        return new ArticleCataloged(id, "doc-" + id, id, 1, "示例报道 " + id, LocalDate.parse(published), "示例日报", url,
                "zh", "hans", false, List.of(namesTheProject), List.of(), List.of(claim));
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
        // most known projects have no report in this suite: only all=1 lists them
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
    void projectPageListsItsAgreementsAndItsChanges() {
        String html = given().accept(ContentType.HTML).when().get("/projects/" + PROJECT)
                .then().statusCode(200).extract().asString();
        String agreements = section(html, "agreements-heading");
        assertThat(agreements).contains("虚构湾港合作协议&lt;script&gt;", "#agreement-").doesNotContain("<script");
        String changes = section(html, "changes-heading");
        assertThat(changes).contains("change-forecast_", "→ 2027", "阅读全文");
        String other = given().accept(ContentType.HTML).when().get("/projects/hengqin-port")
                .then().statusCode(200).extract().asString();
        assertThat(section(other, "agreements-heading")).contains("暂无涉及本项目的协议");
    }

    /** The page's section under the heading with this id, up to the next section. */
    static String section(String html, String headingId) {
        int start = html.indexOf("id=\"" + headingId + "\"");
        assertThat(start).as("heading " + headingId).isPositive();
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
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
    void agreementsPageShowsTermsProgressAndReportsEscaped() {
        String html = given().accept(ContentType.HTML).queryParam("lang", "en").when().get("/agreements")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asString();
        assertThat(html)
                .contains("虚构湾港合作协议&lt;script&gt;alert(&#39;agr&#39;)&lt;/script&gt;", "海湾虚构港务有限公司",
                        "星屿示例科技集团", "2022-11 <span class=\"precision\">to the month</span>", "港口航运",
                        "27 items, 5 done → 8 done", "href=\"https://example.org/pact\"", "示例日报", "2024-03-01")
                .doesNotContain("<script");
        assertThat(given().accept(ContentType.HTML).when().get("/").then().extract().asString())
                .contains("href=\"/agreements\"");
    }

    @Test
    void agreementsStayJsonForApiClients() {
        given().when().get("/agreements")
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue())
                .body("find { it.parties[0].name == '海湾虚构港务有限公司' }.done", equalTo(8));
        given().accept("*/*").when().get("/agreements").then().statusCode(200).contentType(ContentType.JSON);
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
