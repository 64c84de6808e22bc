package org.baytrack.tracker.entity;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.tracker.project.BoardRebuild;
import org.baytrack.tracker.support.Catalog;
import org.baytrack.tracker.support.Entities;
import org.baytrack.tracker.support.TrackerDb;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A tombstone on the entity topic: the tracker forgets the project, and articles about it arriving late change nothing. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
class ForgetEntityTest {
    static final String PROJECT = "bench-forget-test";

    @Inject
    BoardRebuild rebuild;

    @Test
    void aTombstoneTakesTheProjectOffTheBoardWithItsTimelineAndChangesForGood() {
        try (Catalog catalog = new Catalog()) {
            Entities.announce(catalog);
            TrackerDb.awaitProcessed(catalog.publish(new EntityChanged(PROJECT, "project", "忘川七号试验通道", null,
                    "Lethe Seven Test Crossing", List.of(), EntityChanged.REGISTERED)));
            TrackerDb.awaitProcessed(catalog.publish(article("art-forget-1", "2029-05")));
            given().get("/projects/" + PROJECT + "/timeline").then().statusCode(200);
            assertThat(TrackerDb.count("select count(*) from status_change where project_id = ?", PROJECT)).isPositive();
            assertThat(TrackerDb.count("select count(*) from milestone_evidence e join milestone m on m.id = e.milestone_id "
                    + "where m.project_id = ?", PROJECT)).isPositive();

            catalog.tombstone(PROJECT);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/projects/" + PROJECT).then().statusCode(404));
            given().get("/projects").then().statusCode(200).body("id", not(hasItem(PROJECT)));
            given().get("/projects/" + PROJECT + "/timeline").then().statusCode(404);
            assertThat(TrackerDb.count("select count(*) from milestone where project_id = ?", PROJECT)).isZero();
            assertThat(TrackerDb.count("select count(*) from status_change where project_id = ?", PROJECT)).isZero();
            assertThat(TrackerDb.count("select count(*) from entity where id = ?", PROJECT)).isZero();

            // an article the catalog analysed before the deletion, arriving after it; and the tombstone again
            TrackerDb.awaitProcessed(catalog.publish(article("art-forget-2", "2030-01")));
            catalog.tombstone(PROJECT);
            given().get("/projects/" + PROJECT).then().statusCode(404);
            assertThat(TrackerDb.count("select count(*) from milestone where project_id = ?", PROJECT)).isZero();
            given().get("/projects/huangmaohai-passage").then().statusCode(200);

            // a rebuild from the topics replays the registration, the tombstone and the project's changes
            rebuild.rebuild();
            given().get("/projects/" + PROJECT).then().statusCode(404);
            assertThat(TrackerDb.count("select count(*) from status_change where project_id = ?", PROJECT)).isZero();
        }
    }

    private static ArticleCataloged article(String id, String forecast) {
        return new ArticleCataloged(id, "doc-" + id, id, 1, "忘川七号试验通道最新进展", LocalDate.parse("2026-01-15"),
                "测试来源", "https://example.org/" + id, "zh", "hans", false, List.of(),
                List.of(new ArticleCataloged.MilestoneClaim(PROJECT, MilestoneKind.FORECAST_OPENING, forecast, "month",
                        "忘川七号试验通道预计" + forecast + "建成通车。", 0)), List.of());
    }
}
