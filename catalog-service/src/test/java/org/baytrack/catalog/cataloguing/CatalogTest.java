package org.baytrack.catalog.cataloguing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.catalog.support.DocumentEvents;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventSchemas;
import org.baytrack.events.Topics;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.infra.test.RealInfrastructureAccess;
import org.baytrack.infra.test.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.baytrack.infra.test.AccessTable.ADMIN_KEY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class CatalogTest {
    static DocumentEvents documents;

    @BeforeAll
    static void connect() {
        documents = new DocumentEvents();
    }

    @AfterAll
    static void disconnect() {
        documents.close();
    }

    static String seed(String name) throws Exception {
        return Files.readString(Path.of(System.getProperty("baytrack.seeds", "../../shared/seeds"), name));
    }

    /** Publishes a document.ingested event twice, as a redelivery would, and returns the document id. */
    static String ingest(String body, LocalDate published, String source) throws Exception {
        return documents.ingest(body, published, source, 2);
    }

    static ArticleCataloged awaitCataloged(TopicReader reader, String articleId, int revision) {
        return DocumentEvents.awaitCataloged(reader, articleId, revision);
    }

    @Test
    void aSeedBecomesOneArticleWithItsProjectsAndClaimsEvenWhenDeliveredTwice() throws Exception {
        try (var reader = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.ARTICLES_CATALOGED)) {
            String doc = ingest(seed("000_d4eb6ef48fb1f2de.txt"), LocalDate.of(2021, 12, 29), "南方日报");
            String articleId = Cataloguer.articleIdFor(doc);
            ArticleCataloged article = awaitCataloged(reader, articleId, 1);

            assertThat(article.published()).isEqualTo(LocalDate.of(2021, 12, 29));
            assertThat(article.script()).isEqualTo("hant");
            assertThat(article.sentences()).flatMap(ArticleCataloged.Sentence::mentions)
                    .extracting(ArticleCataloged.Mention::entity).contains("huangmaohai-passage");
            assertThat(article.milestones()).anySatisfy(m -> {
                assertThat(m.project()).isEqualTo("huangmaohai-passage");
                assertThat(m.kind()).isEqualTo(MilestoneKind.STRUCTURAL);
                assertThat(m.date()).isEqualTo("2021-12-24");
                // the seed is Traditional: the sentence travels in its own script beside the Simplified one
                assertThat(m.originalEvidence()).isNotNull().isNotEqualTo(m.evidence())
                        .hasSameSizeAs(m.evidence()).contains("黃茅海");
                assertThat(m.evidence()).contains("黄茅海");
                assertThat(ScriptConverter.get().toSimplified(m.originalEvidence())).isEqualTo(m.evidence());
            });
            assertThat(reader.drainMatching(r -> articleId.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);

            given().get("/articles/" + articleId).then().statusCode(200)
                    .body("text", containsString("黄茅海跨海通道"))
                    .body("originalText", containsString("黃茅海跨海通道"))
                    .body("mentions.entity", hasItem("huangmaohai-passage"));
            given().queryParam("q", "黃茅海跨海通道").get("/articles").then().statusCode(200).body("id", hasItem(articleId));
            given().queryParam("entity", "huangmaohai-passage").queryParam("from", "2021-12-01")
                    .get("/articles").then().statusCode(200).body("id", hasItem(articleId));
            given().queryParam("q", "黄茅海跨海通道").queryParam("to", "2020-01-01")
                    .get("/articles").then().statusCode(200).body("id", hasSize(0));
            given().get("/documents-nothing").then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void aMalformedDocumentEventFailsAloneAndIsDeadLettered() throws Exception {
        try (var reader = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.ARTICLES_CATALOGED);
             var deadLetters = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(),
                     "dead-letter-topic-documents")) {
            String broken = "{\"specversion\":\"1.0\",\"id\":\"broken-" + System.nanoTime() + "\"";
            documents.producer().send(new ProducerRecord<>(Topics.DOCUMENTS_INGESTED, "broken", broken)).get();
            String doc = ingest("珠海市交通运输局表示，黄茅海跨海通道主线桥梁于" + System.nanoTime() % 1000
                    + "日完成合龙，工程总体进度超过九成。", LocalDate.of(2024, 3, 1), "珠海特区报");

            awaitCataloged(reader, Cataloguer.articleIdFor(doc), 1);
            assertThat(deadLetters.awaitMatching(r -> broken.equals(r.value()), Duration.ofSeconds(30)))
                    .as("the malformed event on the dead-letter topic").isNotEmpty();
        }
    }

    @Test
    void aSimplifiedReprintWithOtherChromeJoinsTheTraditionalOriginal() throws Exception {
        String original = seed("001_d1442d7841998521.txt");
        String reprint = "首页 > 新闻中心 > 湾区要闻\n"
                + ScriptConverter.get().toSimplified(original.replaceAll("\\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\\)", ""))
                + "\n扫一扫，分享到微信朋友圈\n相关阅读：\n· 广州南沙建设提速\n版权所有 © 湾区新闻网 粤ICP备12345678号\n";
        try (var reader = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.ARTICLES_CATALOGED)) {
            String originalDoc = ingest(original, LocalDate.of(2022, 1, 23), "中新网");
            String first = Cataloguer.articleIdFor(originalDoc);
            awaitCataloged(reader, first, 1);
            String reprintDoc = ingest(reprint, LocalDate.of(2022, 1, 23), "湾区新闻网");
            String second = Cataloguer.articleIdFor(reprintDoc);
            ArticleCataloged event = awaitCataloged(reader, second, 1);
            assertThat(event.canonicalArticleId()).isEqualTo(first);

            // a client holding only the document ids learns the story each became
            given().queryParam("document", originalDoc).get("/articles").then().statusCode(200)
                    .body("id", equalTo(java.util.List.of(first))).body("[0].variants", equalTo(2));
            given().queryParam("document", reprintDoc).get("/articles").then().statusCode(200)
                    .body("id", equalTo(java.util.List.of(first)));
            given().queryParam("document", reprintDoc).queryParam("page", 1).get("/articles").then().statusCode(200)
                    .body("id", hasSize(0));
            given().queryParam("document", "doc-never-ingested").get("/articles").then().statusCode(200)
                    .body("id", hasSize(0));
        }
        given().get("/articles/" + first(original)).then().statusCode(200).body("variants", hasSize(2));
    }

    private static String first(String original) throws Exception {
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return "art-" + hash.substring(0, 20);
    }

    @Test
    void aProjectRegisteredAfterItsArticlesArrivedIsResolvedInThemAndAnnounced() throws Exception {
        String text = "潭江特大桥今年6月开工建设，预计2027年建成通车。\n潭江特大桥全长约13公里，是江门南部的重要通道。";
        try (var articles = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.ARTICLES_CATALOGED);
             var entities = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.ENTITIES_CHANGED)) {
            String articleId = Cataloguer.articleIdFor(ingest(text, LocalDate.of(2023, 7, 1), "江门日报"));
            awaitCataloged(articles, articleId, 1);
            given().get("/entities/candidates").then().statusCode(200).body("name", hasItem("潭江特大桥"))
                    .body("find { it.name == '潭江特大桥' }.nameHant", equalTo("潭江特大橋"));

            given().auth().oauth2(ADMIN_KEY).contentType(ContentType.JSON)
                    .body("{\"id\":\"tanjiang-bridge\",\"type\":\"project\",\"name\":\"潭江特大桥\",\"nameEn\":\"Tanjiang Grand Bridge\",\"aliases\":[\"潭江大桥\"]}")
                    .post("/entities").then().statusCode(201)
                    .body("entity.id", equalTo("tanjiang-bridge")).body("reresolvedArticles", hasItem(articleId));

            ArticleCataloged revised = awaitCataloged(articles, articleId, 2);
            assertThat(revised.sentences()).flatMap(ArticleCataloged.Sentence::mentions)
                    .extracting(ArticleCataloged.Mention::entity).contains("tanjiang-bridge");
            assertThat(revised.milestones()).extracting(ArticleCataloged.MilestoneClaim::project).contains("tanjiang-bridge");

            var announced = entities.awaitMatching(r -> "tanjiang-bridge".equals(r.key()), Duration.ofSeconds(20));
            assertThat(announced).hasSize(1);
            assertThat(EventSchemas.violations(announced.get(0).value())).isEmpty();
            var registered = EventCodec.decode(announced.get(0).value(), EntityChanged.class).data();
            assertThat(registered.change()).isEqualTo(EntityChanged.REGISTERED);
            // registered without a Traditional name: the catalog gives it one, so followers need no conversion
            assertThat(registered.nameHant()).isEqualTo("潭江特大橋");
        }
        given().get("/entities/tanjiang-bridge").then().statusCode(200).body("mentions", equalTo(2))
                .body("origin", equalTo("api"));
        given().get("/entities/candidates").then().statusCode(200).body("name", org.hamcrest.Matchers.not(hasItem("潭江特大桥")));
        String newArticle = Cataloguer.articleIdFor(ingest("潭江大桥主桥昨日顺利合龙，为2027年通车打下基础。",
                LocalDate.of(2024, 3, 2), "江门日报"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/articles/" + newArticle)
                .then().statusCode(200).body("mentions.entity", hasItem("tanjiang-bridge")));
    }

    @Test
    void aDeletedEntityIsTombstonedAndNoLongerRecognisedWhileGazetteerOnesStay() throws Exception {
        try (var entities = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.ENTITIES_CHANGED)) {
            given().auth().oauth2(ADMIN_KEY).contentType(ContentType.JSON)
                    .body("{\"id\":\"bench-qx7\",\"type\":\"project\",\"name\":\"岱屿七号跨海通道\"}")
                    .post("/entities").then().statusCode(201);
            String named = Cataloguer.articleIdFor(ingest("岱屿七号跨海通道预计2031年建成通车。", LocalDate.of(2026, 3, 1), "测试"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/articles/" + named)
                    .then().statusCode(200).body("mentions.entity", hasItem("bench-qx7")));

            given().auth().oauth2(ADMIN_KEY).delete("/entities/bench-qx7").then().statusCode(204);

            var records = entities.awaitMatching(r -> "bench-qx7".equals(r.key()) && r.value() == null,
                    Duration.ofSeconds(20));
            assertThat(records).as("the tombstone").hasSize(1);
        }
        given().get("/entities/bench-qx7").then().statusCode(404).contentType("application/problem+json");
        given().get("/entities").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem("bench-qx7")));
        given().auth().oauth2(ADMIN_KEY).delete("/entities/bench-qx7").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("GET /entities"));
        String later = Cataloguer.articleIdFor(ingest("岱屿七号跨海通道主体工程昨日开工，预计2032年建成通车。",
                LocalDate.of(2026, 3, 2), "测试"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/articles/" + later)
                .then().statusCode(200));
        given().get("/articles/" + later).then().body("mentions.entity", org.hamcrest.Matchers.not(hasItem("bench-qx7")));

        given().auth().oauth2(ADMIN_KEY).delete("/entities/huangmaohai-passage").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("gazetteer"));
        given().get("/entities/huangmaohai-passage").then().statusCode(200);
    }

    @Test
    void registrationsThatBreakTheRulesGetProblems() {
        given().auth().oauth2(ADMIN_KEY).contentType(ContentType.JSON).body("{\"id\":\"Bad Id\",\"type\":\"project\",\"name\":\"x\"}")
                .post("/entities").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("a-z"));
        given().auth().oauth2(ADMIN_KEY).contentType(ContentType.JSON).body("{\"id\":\"hmh\",\"type\":\"project\",\"name\":\"黄茅海跨海通道\"}")
                .post("/entities").then().statusCode(409).body("detail", containsString("huangmaohai-passage"));
        given().auth().oauth2(ADMIN_KEY).contentType(ContentType.JSON).body("{\"id\":").post("/entities")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/entities/nope").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("type", "project").get("/entities").then().statusCode(200)
                .body("id", hasItem("shenzhen-jiangmen-hsr"));
        given().queryParam("from", "yesterday").get("/articles").then().statusCode(400);
    }
}
