package org.baytrack.catalog.article;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.baytrack.catalog.cataloguing.Cataloguer;
import org.baytrack.events.DocumentIngested;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class BigramMergeTest {
    @Inject
    Cataloguer cataloguer;
    @Inject
    BigramMerge bigramMerge;

    @Test
    void newArticlesWaitInThePendingListUntilMergedAndAreSearchableEitherWay() throws Exception {
        bigramMerge.merge();
        String documentId = "doc-bigram-" + System.nanoTime();
        String body = "横琴口岸综合交通枢纽今天完成主体结构封顶，预计明年投入使用，届时旅客可直达珠海机场。";
        cataloguer.catalog(cataloguer.analyse(new DocumentIngested(documentId, "hash-" + documentId, "text/plain",
                "UTF-8", null, "珠海特区报", null, LocalDate.of(2026, 5, 4), false, body.length(), Instant.now(), body)));
        String articleId = Cataloguer.articleIdFor(documentId);

        given().queryParam("q", "综合交通枢纽").get("/articles").then().statusCode(200).body("id", hasItem(articleId));
        assertThat(bigramMerge.merge()).as("pages moved from the pending list").isPositive();
        assertThat(bigramMerge.merge()).as("nothing left to move").isZero();
        given().queryParam("q", "综合交通枢纽").get("/articles").then().statusCode(200).body("id", hasItem(articleId));
    }
}
