package org.baytrack.tracker.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.infra.test.SseClient;
import org.baytrack.tracker.support.Catalog;
import org.baytrack.tracker.support.Entities;
import org.baytrack.tracker.support.TrackerDb;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/** The live board: the relay of changed lines, the row it leads the page to fetch, and the policy the script needs. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
class BoardLiveTest {
    /** A project of this suite's own, so no other suite's reports change its line. */
    static final String PROJECT = "live-test-crossing";

    @TestHTTPResource("/board/events")
    URL events;

    @Test
    void aPublishedChangeReachesTheOpenBoardAsItsRow() throws Exception {
        try (Catalog catalog = new Catalog()) {
            Entities.announce(catalog);
            TrackerDb.awaitProcessed(catalog.publish(new EntityChanged(PROJECT, "project", "测试湾跨海通道", null,
                    "Test Bay Crossing", List.of(), EntityChanged.REGISTERED)));
            try (SseClient stream = new SseClient(events.toString())) {
                var article = new ArticleCataloged("art-live-1", "doc-art-live-1", "art-live-1", 1, "测试报道",
                        LocalDate.parse("2025-03-01"), "测试来源", "https://example.org/live-1", "zh", "hans", false,
                        List.of(), List.of(new ArticleCataloged.MilestoneClaim(PROJECT, MilestoneKind.FORECAST_OPENING, "2029",
                        "year", "测试湾跨海通道预计2029年建成通车。", 0)), List.of());
                catalog.publish(article);
                var event = stream.first(e -> PROJECT.equals(e.data()), Duration.ofSeconds(30));
                assertThat(event.name()).isEqualTo("row");
            }
        }
        assertThat(TrackerDb.count("select count(*) from status_change where project_id = ?", PROJECT))
                .as("the event followed a published change").isEqualTo(1);
        String row = given().accept(ContentType.HTML).queryParam("lang", "en").when().get("/board/rows/" + PROJECT)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString().strip();
        assertThat(row).startsWith("<tr class=\"project").endsWith("</tr>")
                .contains("data-project=\"" + PROJECT + "\"", "测试湾跨海通道", "2029", "/projects/" + PROJECT + "?lang=en");
    }

    @Test
    void unknownRowIsNotFound() {
        given().accept(ContentType.HTML).when().get("/board/rows/no-such-project").then().statusCode(404);
    }

    @Test
    void pagesMayRunOnlyThisServersScriptFiles() {
        String policy = given().when().get("/").then().statusCode(200).extract().header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        String html = given().when().get("/").then().extract().asString();
        var scripts = Pattern.compile("<script[^>]*>").matcher(html).results().map(m -> m.group()).toList();
        assertThat(scripts).containsExactly("<script src=\"/static/board.js\" defer>");
        assertThat(html).doesNotContain("</script><script", " onload=", " onclick=");
        given().when().get("/static/board.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("EventSource('/board/events')"));
        String project = given().accept(ContentType.HTML).when().get("/projects/huangmaohai-passage").then()
                .extract().asString();
        assertThat(project).as("the project page needs no script").doesNotContain("<script");
    }
}
