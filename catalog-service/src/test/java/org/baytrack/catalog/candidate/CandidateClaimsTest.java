package org.baytrack.catalog.candidate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.baytrack.catalog.cataloguing.Cataloguer;
import org.baytrack.catalog.support.DocumentEvents;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.Topics;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.infra.test.RealInfrastructureAccess;
import org.baytrack.infra.test.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.baytrack.infra.test.AccessTable.ADMIN_KEY;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class CandidateClaimsTest {
    // a bridge no gazetteer has: every sentence about it below is made up for this test
    static final String NAME = "鹭岭大桥";

    static DocumentEvents documents;

    @Inject
    CandidateClaims claims;

    @BeforeAll
    static void connect() {
        documents = new DocumentEvents();
    }

    @AfterAll
    static void disconnect() {
        documents.close();
    }

    /** Publishes a document.ingested event as the ingest service would, and returns the article id it becomes. */
    static String ingest(String body, LocalDate published) throws Exception {
        return Cataloguer.articleIdFor(documents.ingest(body, published, "西江日报", 1));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> candidate(String name) {
        List<Map<String, Object>> all = given().queryParam("limit", 500).get("/entities/candidates")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> found = all.stream().filter(c -> name.equals(c.get("name"))).findFirst().orElse(null);
        assertThat(found).as("candidate " + name).isNotNull();
        return found;
    }

    @Test
    void theClaimsOfAnUnknownProjectAreListedWithItAndGoToTheEntityItIsRegisteredAs() throws Exception {
        try (var reader = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.ARTICLES_CATALOGED)) {
            String opened = ingest(NAME + "于5月8日建成通车，往来西江两岸的车程缩短到十分钟。\n"
                    + NAME + "全长约两公里，是西江上新添的一座跨江桥梁。", LocalDate.of(2025, 5, 9));
            String closed = ingest(NAME + "主桥昨日完成合龙，施工方随即转入桥面铺装。", LocalDate.of(2024, 11, 2));
            String undated = ingest("工程人员介绍，" + NAME + "主桥已完成合龙，施工方正在安装桥面护栏。", null);
            for (String id : List.of(opened, closed, undated)) {
                assertThat(DocumentEvents.awaitCataloged(reader, id, 1).milestones()).as("no known project claims it").isEmpty();
            }

            Map<String, Object> listed = candidate(NAME);
            assertThat(((Number) listed.get("articles")).longValue()).isEqualTo(3);
            assertThat((List<?>) listed.get("examples")).hasSize(3);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> claimed = (List<Map<String, Object>>) listed.get("claims");
            assertThat(claimed).as("the claims of " + NAME).isNotNull();
            assertThat(claimed).extracting(c -> c.get("kind"), c -> c.get("date"), c -> c.get("precision"),
                    c -> c.get("article")).containsExactly(
                    tuple("opened", "2025-05-08", "day", opened),
                    tuple("structural", "2024-11-01", "day", closed),
                    tuple("structural", null, null, undated));
            assertThat((String) claimed.get(0).get("evidence")).startsWith(NAME + "于5月8日建成通车");

            given().auth().oauth2(ADMIN_KEY).contentType(ContentType.JSON)
                    .body("{\"id\":\"luling-bridge\",\"type\":\"project\",\"name\":\"" + NAME + "\",\"nameEn\":\"Luling Bridge\"}")
                    .post("/entities").then().statusCode(201)
                    .body("reresolvedArticles", hasItems(opened, closed, undated));

            assertThat(DocumentEvents.awaitCataloged(reader, opened, 2).milestones())
                    .extracting(ArticleCataloged.MilestoneClaim::project, ArticleCataloged.MilestoneClaim::kind,
                            ArticleCataloged.MilestoneClaim::date)
                    .containsExactly(tuple("luling-bridge", MilestoneKind.OPENED, "2025-05-08"));
            assertThat(DocumentEvents.awaitCataloged(reader, closed, 2).milestones())
                    .extracting(ArticleCataloged.MilestoneClaim::project, ArticleCataloged.MilestoneClaim::date)
                    .containsExactly(tuple("luling-bridge", "2024-11-01"));
            DocumentEvents.awaitCataloged(reader, undated, 2);
        }
        given().queryParam("limit", 500).get("/entities/candidates").then().statusCode(200)
                .body("name", not(hasItem(NAME)));
        // the listing hides registered names on its own; the stored claims must be gone too, not merely hidden
        assertThat(QuarkusTransaction.requiringNew().call(() -> claims.of(List.of(NAME), 20))).isEmpty();
        given().get("/entities/luling-bridge").then().statusCode(200).body("mentions", equalTo(4));
    }
}
