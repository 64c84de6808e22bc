package org.baytrack.tracker;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baytrack.events.AgreementChanged;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventIds;
import org.baytrack.events.EventSchemas;
import org.baytrack.events.EventType;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.Topics;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.infra.test.RealInfrastructureAccess;
import org.baytrack.infra.test.TopicReader;
import org.baytrack.tracker.agreement.AgreementRebuild;
import org.baytrack.tracker.project.BoardRebuild;
import org.baytrack.tracker.project.StaleCheck;
import org.baytrack.tracker.support.Articles;
import org.baytrack.tracker.support.Catalog;
import org.baytrack.tracker.support.Entities;
import org.baytrack.tracker.support.TrackerDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The acceptance story of issue 5 on the real embedded Kafka and PostgreSQL: the catalog is played by a plain
 * producer on article.cataloged and entity.changed; what the tracker publishes is read back from the real
 * project.status-changed topic. The steps build on each other, in order, as the news arrives.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectTrackingTest {
    static final String HUANGMAOHAI = "huangmaohai-passage";
    static final String METRO_20 = "shenzhen-metro-line-20";

    static final String FORECAST = "forecast_opening";
    static Catalog catalog;

    @Inject
    BoardRebuild rebuild;
    @Inject
    AgreementRebuild agreementRebuild;
    @Inject
    StaleCheck staleCheck;

    @BeforeAll
    static void startCatalog() {
        catalog = new Catalog();
        Entities.announce(catalog);
    }

    @AfterAll
    static void stopCatalog() {
        catalog.close();
    }

    static ArticleCataloged later() {
        return Articles.report("art-later-2023", LocalDate.parse("2023-03-15"))
                .milestone(HUANGMAOHAI, FORECAST, "2025", "year", "记者从广东交通集团获悉，受海上施工条件影响，"
                        + "黄茅海跨海通道项目预计2025年建成通车。").build();
    }

    static ArticleCataloged older() {
        return Articles.report("art-older-2021", LocalDate.parse("2021-06-10"))
                .milestone(HUANGMAOHAI, "structural", "2021-05-20", "day", "5月20日，黄茅海跨海通道高栏港大桥首个主塔承台浇筑完成。")
                .milestone(HUANGMAOHAI, "construction_started", "2020-07", "month", "黄茅海跨海通道于2020年7月开工建设，预计2024年建成通车。")
                .milestone(HUANGMAOHAI, FORECAST, "2024", "year", "黄茅海跨海通道于2020年7月开工建设，预计2024年建成通车。")
                .build();
    }

    /** Four reports of late 2021, the first news the board hears: projects, a forecast, agreements. */
    static void ingestSeeds() {
        var regional = Articles.report("art-seed-000", LocalDate.parse("2021-12-29")).source("湾区测试报")
                .milestone(HUANGMAOHAI, "structural", "2021-12-24", "day", "12月24日，黄茅海跨海通道首片钢箱梁吊装就位，主桥上部结构施工由此开始。")
                .milestone(HUANGMAOHAI, FORECAST, "2024", "year", "按计划，黄茅海跨海通道将在2024年建成通车。")
                .milestone("zhongkai-expressway", FORECAST, "2022-12", "month", "中开高速江门段有望在2022年12月全线贯通。")
                .agreement("全面战略合作框架协议", List.of("hkust-gz", "jiangmen-government"), "2021-12-07", List.of(),
                        null, null, null, "12月7日，港科大（广州）与江门市政府签下全面战略合作框架协议，携手建设低碳实验室。", List.of())
                .build();
        var twinCities = Articles.report("art-seed-001", LocalDate.parse("2021-12-23"))
                .agreement("深化合作专项协议", List.of("guangzhou", "shenzhen"), "2021-12-22",
                        List.of("科技创新", "智能网联汽车产业", "智能装备产业", "生物医药产业", "基础设施", "营商环境", "自贸区"), 7,
                        null, null, "22日的双城论坛上，广州与深圳一口气签下7项深化合作专项协议，从科技创新、汽车与装备、"
                                + "生物医药一直谈到基础设施、营商环境和自贸区。", List.of())
                .agreement("广州市深圳市深化战略合作框架协议", List.of("guangzhou", "shenzhen"), "2019", List.of(), null, 27, 5,
                        "两市2019年签订的《广州市深圳市深化战略合作框架协议》列有27个事项，已落实5项，其中包括广深第二高铁。",
                        List.of("guangzhou-shenzhen-second-hsr"))
                .build();
        var province = Articles.report("art-seed-002", LocalDate.parse("2021-12-29"))
                .milestone("nansha-bridge", "opened", null, null, "南沙大桥已经建成通车。")
                .milestone("shenzhen-zhongshan-link", "construction_started", null, null, "深中通道已经动工建设。")
                .build();
        var port = Articles.report("art-seed-003", LocalDate.parse("2022-01-20"))
                .milestone("nansha-port-phase4", "opened", "2021-07-28", "day", "7月28日，南沙港区四期自动化码头投入运行。")
                .build();
        List.of(regional, twinCities, province, port).stream().map(catalog::publish).toList()
                .forEach(TrackerDb::awaitProcessed);
    }

    static TopicReader changesTopic() {
        return new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.PROJECT_STATUS_CHANGED);
    }

    static Predicate<ConsumerRecord<String, String>> fromArticle(String articleId) {
        return r -> {
            var evidence = EventCodec.decode(r.value(), ProjectStatusChanged.class).data().evidence();
            return evidence != null && articleId.equals(evidence.articleId());
        };
    }

    /** Every record is a schema-valid project.status-changed keyed by its project. */
    static List<ProjectStatusChanged> decodeValid(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> {
            assertThat(EventSchemas.violations(r.value())).as("schema violations of %s", r.value()).isEmpty();
            ProjectStatusChanged change = EventCodec.decode(r.value(), ProjectStatusChanged.class).data();
            assertThat(r.key()).isEqualTo(change.projectId());
            return change;
        }).toList();
    }

    static TopicReader agreementsTopic() {
        return new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.AGREEMENT_CHANGED);
    }

    static Predicate<ConsumerRecord<String, String>> agreementFrom(String articleId) {
        return r -> {
            var evidence = EventCodec.decode(r.value(), AgreementChanged.class).data().evidence();
            return evidence != null && articleId.equals(evidence.articleId());
        };
    }

    /** Every record is a schema-valid agreement.changed keyed by its agreement. */
    static List<AgreementChanged> decodeAgreements(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> {
            assertThat(EventSchemas.violations(r.value())).as("schema violations of %s", r.value()).isEmpty();
            AgreementChanged change = EventCodec.decode(r.value(), AgreementChanged.class).data();
            assertThat(r.key()).isEqualTo(change.agreementId());
            return change;
        }).toList();
    }

    static Map<String, Object> project(String id) {
        return given().get("/projects/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    @Test
    @Order(1)
    void seedsPutHuangmaohaiUnderConstructionWithItsStructuralMilestoneAndA2024Forecast() {
        ingestSeeds();

        given().get("/projects/" + HUANGMAOHAI).then().statusCode(200)
                .body("name", equalTo("黄茅海跨海通道"))
                .body("nameHant", equalTo("黃茅海跨海通道"))
                .body("nameEn", equalTo("Huangmaohai Passage"))
                .body("status", equalTo("under_construction"))
                .body("statusDate", equalTo("2021-12-24"))
                .body("forecastOpening", equalTo("2024"))
                .body("forecastPrecision", equalTo("year"))
                .body("lastEvidence.articleId", equalTo("art-seed-000"));
        given().get("/projects/" + HUANGMAOHAI + "/timeline").then().statusCode(200)
                .body("find { it.kind == 'structural' }.date", equalTo("2021-12-24"))
                .body("find { it.kind == 'structural' }.precision", equalTo("day"))
                .body("find { it.kind == 'structural' }.evidence[0].articleId", equalTo("art-seed-000"))
                .body("find { it.kind == 'structural' }.evidence[0].published", equalTo("2021-12-29"))
                .body("find { it.kind == 'structural' }.evidence[0].sentence", org.hamcrest.Matchers.containsString("首片钢箱梁吊装就位"))
                .body("find { it.kind == 'forecast_opening' }.date", equalTo("2024"));

        try (var reader = changesTopic()) {
            var records = reader.awaitMatching(r -> HUANGMAOHAI.equals(r.key()), Duration.ofSeconds(20));
            records = reader.drainMatching(fromArticle("art-seed-000").and(r -> HUANGMAOHAI.equals(r.key())),
                    Duration.ofSeconds(1));
            var changes = decodeValid(records);
            assertThat(changes).extracting(ProjectStatusChanged::change)
                    .containsExactly(ChangeKind.STATUS_CHANGED, ChangeKind.FORECAST_SET);
            var status = changes.get(0);
            assertThat(status.previous().status()).isEqualTo("followed");
            assertThat(status.current()).isEqualTo(new ProjectStatusChanged.State("under_construction", "2021-12-24", null, null));
            assertThat(status.evidence().milestone()).isEqualTo(MilestoneKind.STRUCTURAL);
            assertThat(status.evidence().date()).isEqualTo("2021-12-24");
            assertThat(status.evidence().published()).isEqualTo(LocalDate.parse("2021-12-29"));
            assertThat(status.historical()).isFalse();
            var forecast = changes.get(1);
            assertThat(forecast.evidence().milestone()).isEqualTo(MilestoneKind.FORECAST_OPENING);
            assertThat(forecast.previous()).isEqualTo(status.current());
            assertThat(forecast.current())
                    .isEqualTo(new ProjectStatusChanged.State("under_construction", "2021-12-24", "2024", "year"));
        }
        given().get("/projects").then().statusCode(200)
                .body("find { it.id == 'shenzhen-zhongshan-link' }.status", equalTo("under_construction"))
                .body("find { it.id == 'nansha-port-phase4' }.status", equalTo("opened"))
                .body("find { it.id == 'nansha-port-phase4' }.statusDate", equalTo("2021-07-28"))
                .body("find { it.id == 'zhongkai-expressway' }.forecastOpening", equalTo("2022-12"));
    }

    @Test
    @Order(2)
    void laterArticleMovingTheOpeningTo2025FiresOneForecastSlipped() {
        ArticleCataloged later = later();
        TrackerDb.awaitProcessed(catalog.publish(later));

        try (var reader = changesTopic()) {
            reader.awaitMatching(fromArticle(later.articleId()), Duration.ofSeconds(20));
            var changes = decodeValid(reader.drainMatching(fromArticle(later.articleId()), Duration.ofSeconds(2)));
            assertThat(changes).hasSize(1);
            var slip = changes.get(0);
            assertThat(slip.projectId()).isEqualTo(HUANGMAOHAI);
            assertThat(slip.change()).isEqualTo(ChangeKind.FORECAST_SLIPPED);
            assertThat(slip.previous().forecastOpening()).isEqualTo("2024");
            assertThat(slip.previous().forecastPrecision()).isEqualTo("year");
            assertThat(slip.current().forecastOpening()).isEqualTo("2025");
            assertThat(slip.current().forecastPrecision()).isEqualTo("year");
            assertThat(slip.current().status()).isEqualTo("under_construction");
            assertThat(slip.evidence().sentence()).contains("预计2025年建成通车");
            assertThat(slip.evidence().published()).isEqualTo(LocalDate.parse("2023-03-15"));
            assertThat(slip.historical()).isFalse();
        }
        given().get("/projects/" + HUANGMAOHAI).then()
                .body("status", equalTo("under_construction"))
                .body("forecastOpening", equalTo("2025"))
                .body("lastEvidence.articleId", equalTo(later.articleId()));
        given().get("/projects/" + HUANGMAOHAI + "/changes").then().statusCode(200)
                .body("change", equalTo(List.of("status_changed", "forecast_set", "forecast_slipped")));
    }

    @Test
    @Order(3)
    void olderArticleIngestedAfterwardsChangesNoStatusAndFiresNothing() {
        ArticleCataloged older = older();
        String before = given().get("/projects/" + HUANGMAOHAI).then().extract().asString();

        TrackerDb.awaitProcessed(catalog.publish(older));

        assertThat(given().get("/projects/" + HUANGMAOHAI).then().extract().asString()).isEqualTo(before);
        try (var reader = changesTopic()) {
            assertThat(reader.drainMatching(fromArticle(older.articleId()), Duration.ofSeconds(3))).isEmpty();
        }
        // it still adds history: its own milestones, and its evidence for the 2024 forecast already known
        given().get("/projects/" + HUANGMAOHAI + "/timeline").then()
                .body("find { it.kind == 'construction_started' }.date", equalTo("2020-07"))
                .body("find { it.kind == 'structural' && it.date == '2021-05-20' }.evidence[0].articleId",
                        equalTo(older.articleId()))
                .body("find { it.kind == 'forecast_opening' && it.date == '2024' }.evidence.articleId",
                        equalTo(List.of(older.articleId(), "art-seed-000")))
                .body("kind", equalTo(List.of("construction_started", "structural", "structural",
                        "forecast_opening", "forecast_opening")));
    }

    @Test
    @Order(4)
    void sameArticleTwiceFiresNothing() {
        ArticleCataloged later = later();
        long changesBefore = TrackerDb.count("select count(*) from status_change");
        long evidenceBefore = TrackerDb.count("select count(*) from milestone_evidence");

        catalog.publish(later);                                          // redelivered: same event id
        String revision = catalog.publish(Articles.revision(later, 2));  // re-analysed, same claims
        String reprint = catalog.publish(Articles.reprint(later, "art-later-2023-reprint"));
        TrackerDb.awaitProcessed(revision);
        TrackerDb.awaitProcessed(reprint);

        assertThat(TrackerDb.count("select count(*) from processed_event where event_id = ?",
                EventIds.of(EventType.ARTICLE_CATALOGED, later.articleId(), "1"))).isEqualTo(1);
        assertThat(TrackerDb.count("select count(*) from status_change")).isEqualTo(changesBefore);
        assertThat(TrackerDb.count("select count(*) from milestone_evidence")).isEqualTo(evidenceBefore);
        try (var reader = changesTopic()) {
            var records = reader.drainMatching(fromArticle(later.articleId())
                    .or(fromArticle("art-later-2023-reprint")), Duration.ofSeconds(3));
            assertThat(records).hasSize(1);
        }
        given().get("/projects/" + HUANGMAOHAI + "/timeline").then()
                .body("find { it.kind == 'forecast_opening' && it.date == '2025' }.evidence.articleId",
                        equalTo(List.of(later.articleId())));
    }

    @Test
    @Order(5)
    void projectRegisteredThroughTheCatalogIsFollowedFromThenOn() {
        given().get("/projects/" + METRO_20).then().statusCode(404).contentType("application/problem+json");

        TrackerDb.awaitProcessed(catalog.publish(new EntityChanged(METRO_20, EntityChanged.PROJECT, "深圳地铁20号线",
                "深圳地鐵20號線", "Shenzhen Metro Line 20", List.of("地铁20号线"), EntityChanged.REGISTERED)));
        given().get("/projects/" + METRO_20).then().statusCode(200)
                .body("status", equalTo("followed"))
                .body("nameHant", equalTo("深圳地鐵20號線"))
                .body("nameEn", equalTo("Shenzhen Metro Line 20"));

        var article = Articles.report("art-metro-20", LocalDate.parse("2021-12-29"))
                .milestone(METRO_20, "opened", "2021-12-28", "day", "深圳地铁20号线一期工程于2021年12月28日正式开通运营。")
                .build();
        TrackerDb.awaitProcessed(catalog.publish(article));

        given().get("/projects").then().body("id", hasItem(METRO_20));
        given().get("/projects/" + METRO_20).then().body("status", equalTo("opened")).body("statusDate", equalTo("2021-12-28"));
        try (var reader = changesTopic()) {
            var changes = decodeValid(reader.awaitMatching(fromArticle("art-metro-20"), Duration.ofSeconds(20)));
            assertThat(changes).singleElement().satisfies(c -> {
                assertThat(c.change()).isEqualTo(ChangeKind.STATUS_CHANGED);
                assertThat(c.projectName()).isEqualTo("深圳地铁20号线");
                assertThat(c.current().status()).isEqualTo("opened");
            });
        }
    }

    @Test
    @Order(6)
    void backfilledArticleBuildsHistoryWithoutAlerting() {
        var article = Articles.backfill(Articles.report("art-humen-1997", LocalDate.parse("1997-06-10"))
                .milestone("humen-bridge", "opened", "1997-06-09", "day", "虎门大桥于1997年6月9日建成通车。").build());
        TrackerDb.awaitProcessed(catalog.publish(article));

        given().get("/projects/humen-bridge").then().body("status", equalTo("opened")).body("statusDate", equalTo("1997-06-09"));
        try (var reader = changesTopic()) {
            var changes = decodeValid(reader.awaitMatching(fromArticle("art-humen-1997"), Duration.ofSeconds(20)));
            assertThat(changes).singleElement().satisfies(c -> assertThat(c.historical()).isTrue());
        }
    }

    @Test
    @Order(6)
    void anUndatedMilestoneReportedEarlierElsewhereMovesBackToThatReport() {
        TrackerDb.awaitProcessed(catalog.publish(Articles.report("art-nansha-cable-may", LocalDate.parse("2024-05-01"))
                .milestone("nansha-bridge", "structural", null, null, "记者获悉，虎门二桥坭洲水道桥主缆架设已经完成。").build()));
        TrackerDb.awaitProcessed(catalog.publish(Articles.report("art-nansha-cable-march", LocalDate.parse("2024-03-10"))
                .milestone("nansha-bridge", "structural", null, null,
                        "据东莞日报报道，虎门二桥坭洲水道桥主缆架设已经完成，全线进入桥面施工阶段。").build()));

        given().get("/projects/nansha-bridge/timeline").then().statusCode(200)
                .body("findAll { it.kind == 'structural' && it.date == null }", hasSize(1))
                .body("find { it.kind == 'structural' && it.date == null }.effectiveDate", equalTo("2024-03-10"))
                .body("find { it.kind == 'structural' && it.date == null }.evidence.articleId",
                        contains("art-nansha-cable-march", "art-nansha-cable-may"));
    }

    @Test
    @Order(6)
    void anUndatedArticleGivesAnUndatedTimelineEntryAndStatusNeverTodaysDate() {
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        // no publication date from the client nor in the text, so "今日" cannot resolve
        var undated = Articles.report("art-liantang-undated", null)
                .milestone("liantang-port", "opened", null, null, "莲塘口岸今日正式开通启用，旅客可经此往返深港两地。").build();
        TrackerDb.awaitProcessed(catalog.publish(undated));

        String timeline = given().get("/projects/liantang-port/timeline").then().statusCode(200)
                .body("findAll { it.kind == 'opened' }", hasSize(1))
                .body("find { it.kind == 'opened' }.date", org.hamcrest.Matchers.nullValue())
                .body("find { it.kind == 'opened' }.effectiveDate", org.hamcrest.Matchers.nullValue())
                .body("find { it.kind == 'opened' }.evidence.articleId", contains("art-liantang-undated"))
                .body("find { it.kind == 'opened' }.evidence[0].published", org.hamcrest.Matchers.nullValue())
                .extract().asString();
        assertThat(timeline).doesNotContain(today);
        String board = given().get("/projects/liantang-port").then().statusCode(200)
                .body("status", equalTo("opened"))
                .body("statusDate", org.hamcrest.Matchers.nullValue())
                .extract().asString();
        assertThat(board).doesNotContain(today);
        try (var reader = changesTopic()) {
            var changes = decodeValid(reader.awaitMatching(fromArticle("art-liantang-undated"), Duration.ofSeconds(20)));
            assertThat(changes).singleElement().satisfies(c -> {
                assertThat(c.current()).isEqualTo(new ProjectStatusChanged.State("opened", null, null, null));
                assertThat(c.evidence().date()).isNull();
                assertThat(c.evidence().published()).isNull();
                // it cannot be shown to be old, so it alerts as news would
                assertThat(c.historical()).isFalse();
            });
        }

        // a dated report of the same undated claim places it in time, by that report, not by arrival
        TrackerDb.awaitProcessed(catalog.publish(Articles.report("art-liantang-dated", LocalDate.parse("2020-08-27"))
                .milestone("liantang-port", "opened", null, null, "据深圳特区报报道，莲塘口岸已经正式开通启用。").build()));
        given().get("/projects/liantang-port/timeline").then().statusCode(200)
                .body("findAll { it.kind == 'opened' }", hasSize(1))
                .body("find { it.kind == 'opened' }.date", org.hamcrest.Matchers.nullValue())
                .body("find { it.kind == 'opened' }.effectiveDate", equalTo("2020-08-27"))
                .body("find { it.kind == 'opened' }.evidence.articleId",
                        contains("art-liantang-dated", "art-liantang-undated"));
    }

    /**
     * Seed 001 makes two Guangzhou–Shenzhen agreements known (one with the figures it gives, 27 items, 5 done); a
     * made-up agreement's first report and a later one with more items done make one first_seen and one progress.
     */
    @Test
    @Order(7)
    void agreementsArePublishedWhenFirstSeenAndWhenTheirFiguresChange() {
        try (var reader = agreementsTopic()) {
            reader.awaitMatching(agreementFrom("art-seed-001"), Duration.ofSeconds(20));
            var seen = decodeAgreements(reader.drainMatching(agreementFrom("art-seed-001"), Duration.ofSeconds(1)));
            assertThat(seen).extracting(AgreementChanged::change).containsOnly(AgreementChanged.FIRST_SEEN);
            assertThat(seen).filteredOn(a -> "广州市深圳市深化战略合作框架协议".equals(a.title())).singleElement()
                    .satisfies(a -> {
                        assertThat(a.previous()).isNull();
                        assertThat(a.current()).isEqualTo(new AgreementChanged.State("in_implementation", 27, 5));
                        assertThat(a.parties()).extracting(AgreementChanged.Party::id)
                                .containsExactlyInAnyOrder("guangzhou", "shenzhen");
                        assertThat(a.signed()).isEqualTo("2019");
                        assertThat(a.projects()).contains("guangzhou-shenzhen-second-hsr");
                        assertThat(a.historical()).isFalse();
                    });
        }

        var first = Articles.report("art-zh-zs-2023", LocalDate.parse("2023-05-10"))
                .agreement("珠海市中山市测试合作框架协议", List.of("zhuhai", "zhongshan"), "2023-03", List.of(), null, 16, 4,
                        "珠海与中山2023年3月签署《珠海市中山市测试合作框架协议》，共列出16个合作事项，目前已完成4项。", List.of())
                .build();
        var progress = Articles.report("art-zh-zs-2024", LocalDate.parse("2024-02-01"))
                .agreement("珠海市中山市测试合作框架协议", List.of("zhuhai", "zhongshan"), "2023", List.of(), null, 16, 9,
                        "珠海、中山两地2023年签署了《珠海市中山市测试合作框架协议》，其16个合作事项目前已完成9项。", List.of())
                .build();
        TrackerDb.awaitProcessed(catalog.publish(first));
        TrackerDb.awaitProcessed(catalog.publish(progress));
        // the same report again, reprinted: nothing new
        TrackerDb.awaitProcessed(catalog.publish(Articles.reprint(progress, "art-zh-zs-2024-reprint")));

        try (var reader = agreementsTopic()) {
            var firstSeen = decodeAgreements(reader.awaitMatching(agreementFrom(first.articleId()), Duration.ofSeconds(20)));
            assertThat(firstSeen).singleElement().satisfies(a -> {
                assertThat(a.change()).isEqualTo(AgreementChanged.FIRST_SEEN);
                assertThat(a.current()).isEqualTo(new AgreementChanged.State("in_implementation", 16, 4));
            });
            var later = decodeAgreements(reader.drainMatching(agreementFrom(progress.articleId())
                    .or(agreementFrom("art-zh-zs-2024-reprint")), Duration.ofSeconds(2)));
            assertThat(later).singleElement().satisfies(a -> {
                assertThat(a.change()).isEqualTo(AgreementChanged.PROGRESS);
                assertThat(a.agreementId()).isEqualTo(firstSeen.get(0).agreementId());
                assertThat(a.previous()).isEqualTo(new AgreementChanged.State("in_implementation", 16, 4));
                assertThat(a.current()).isEqualTo(new AgreementChanged.State("in_implementation", 16, 9));
                assertThat(a.parties()).extracting(AgreementChanged.Party::id).containsExactly("zhuhai", "zhongshan");
                assertThat(a.evidence().sentence()).contains("已完成9项");
                assertThat(a.evidence().published()).isEqualTo(LocalDate.parse("2024-02-01"));
                assertThat(a.historical()).isFalse();
            });
        }
        assertThat(TrackerDb.count("select count(*) from agreement_change where agreement_id = "
                + "(select id from agreement where title = '珠海市中山市测试合作框架协议')")).isEqualTo(2);
    }

    @Test
    @Order(8)
    void agreementsKeepTheirTermsPartiesAndProgressOverTime() {
        var update = Articles.report("art-gz-sz-2022", LocalDate.parse("2022-06-01"))
                .agreement("广州市深圳市深化战略合作框架协议", List.of("guangzhou", "shenzhen"), "2019", List.of(), null, 27, 12,
                        "据了解，广州、深圳两地2019年签署了《广州市深圳市深化战略合作框架协议》，明确了27个合作事项，截至目前，已完成12项。",
                        List.of())
                .build();
        TrackerDb.awaitProcessed(catalog.publish(update));

        String id = given().get("/agreements").then().statusCode(200)
                .extract().path("find { it.title == '广州市深圳市深化战略合作框架协议' }.id");
        given().get("/agreements/" + id).then().statusCode(200)
                .body("agreement.signed", equalTo("2019"))
                .body("agreement.parties.id", equalTo(List.of("guangzhou", "shenzhen")))
                .body("agreement.parties.nameEn", equalTo(List.of("Guangzhou", "Shenzhen")))
                .body("agreement.status", equalTo("in_implementation"))
                .body("agreement.items", equalTo(27))
                .body("agreement.done", equalTo(12))
                .body("progress.done", equalTo(List.of(5, 12)))
                .body("progress.published", equalTo(List.of("2021-12-23", "2022-06-01")))
                .body("evidence.articleId", equalTo(List.of("art-seed-001", "art-gz-sz-2022")));
        given().get("/agreements").then()
                .body("find { it.title == '深化合作专项协议' }.count", equalTo(7))
                .body("find { it.title == '深化合作专项协议' }.signed", equalTo("2021-12-22"))
                .body("find { it.title == '深化合作专项协议' }.fields", hasItem("基础设施"))
                .body("find { it.title == '深化合作专项协议' }.status", equalTo("signed"))
                .body("find { it.title == '全面战略合作框架协议' }.parties.id", equalTo(List.of("hkust-gz", "jiangmen-government")));
        given().get("/agreements/agr-nothing").then().statusCode(404).contentType("application/problem+json");
    }

    /** Clock-free: the check is run as of the day the project's latest report turns eighteen months old. */
    @Test
    @Order(9)
    void aProjectSilentForEighteenMonthsIsPublishedStaleOnceAndNewsRevivesIt() {
        String link = "shenzhen-zhongshan-link";
        LocalDate latest = TrackerDb.date("select max(e.published) from milestone m join milestone_evidence e "
                + "on e.milestone_id = m.id where m.project_id = ?", link);
        LocalDate today = latest.plusMonths(18);

        staleCheck.check(today.minusDays(1)); // other projects may be due by then; this one is not
        assertThat(TrackerDb.count("select count(*) from project where id = ? and stale", link)).isZero();
        assertThat(staleCheck.check(today)).isPositive();
        assertThat(staleCheck.check(today)).as("the same silence again").isZero();
        assertThat(TrackerDb.count("select count(*) from project where id = ? and stale", link)).isEqualTo(1);
        try (var reader = changesTopic()) {
            Predicate<ConsumerRecord<String, String>> staleLink = r -> link.equals(r.key())
                    && ChangeKind.STALE.equals(EventCodec.decode(r.value(), ProjectStatusChanged.class).data().change());
            reader.awaitMatching(staleLink, Duration.ofSeconds(20));
            assertThat(decodeValid(reader.drainMatching(staleLink, Duration.ofSeconds(1)))).singleElement().satisfies(c -> {
                assertThat(c.previous()).isEqualTo(c.current());
                assertThat(c.current().status()).isEqualTo(project(link).get("status"));
                assertThat(c.evidence()).isNull();
                assertThat(c.historical()).isFalse();
            });
        }

        var news = Articles.report("art-link-revived", today.plusMonths(1))
                .milestone(link, FORECAST, "2024", "year", "深中通道预计2024年建成通车。").build();
        TrackerDb.awaitProcessed(catalog.publish(news));

        try (var reader = changesTopic()) {
            reader.awaitMatching(fromArticle(news.articleId()), Duration.ofSeconds(20));
            var changes = decodeValid(reader.drainMatching(fromArticle(news.articleId()), Duration.ofSeconds(1)));
            assertThat(changes.get(0).change()).isEqualTo(ChangeKind.REVIVED);
            assertThat(changes.get(0).projectId()).isEqualTo(link);
            assertThat(changes).extracting(ProjectStatusChanged::change).containsOnlyOnce(ChangeKind.REVIVED);
        }
        assertThat(TrackerDb.count("select count(*) from project where id = ? and stale", link)).isZero();
    }

    @Test
    @Order(11)
    void replayingStatusChangesIntoAnEmptyDatabaseRebuildsTheSameBoard() {
        TrackerDb.awaitOutboxDrained();
        String board = given().get("/projects").then().statusCode(200).extract().asString();
        List<String> projects = given().get("/projects").then().extract().path("id");
        assertThat(projects).contains(HUANGMAOHAI, METRO_20);

        var agreements = agreementTerms();
        assertThat(agreements).anyMatch(a -> "广州市深圳市深化战略合作框架协议".equals(a.get("title")));

        TrackerDb.empty();
        given().get("/projects").then().body("size()", equalTo(0));
        given().get("/agreements").then().body("size()", equalTo(0));

        var result = rebuild.rebuild();
        int agreementChanges = agreementRebuild.rebuild();

        assertThat(result.changes()).isGreaterThan(5);
        assertThat(given().get("/projects").then().statusCode(200).extract().asString()).isEqualTo(board);
        assertThat(agreementChanges).isGreaterThan(3);
        assertThat(agreementTerms()).isEqualTo(agreements);
        assertThat(TrackerDb.count("select count(*) from outbox")).isZero();
        assertThat(Set.copyOf(given().get("/projects/" + HUANGMAOHAI + "/changes").then().extract()
                .<List<String>>path("change"))).containsExactlyInAnyOrder("status_changed", "forecast_set", "forecast_slipped");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> TrackerDb.count("select count(*) from outbox") == 0);
    }

    /** What agreement.changed carries of each agreement; the reports behind it come from article.cataloged. */
    static List<Map<String, Object>> agreementTerms() {
        List<Map<String, Object>> all = given().get("/agreements").then().statusCode(200).extract().path("");
        return all.stream().map(a -> {
            var terms = new java.util.TreeMap<>(a);
            terms.keySet().retainAll(Set.of("id", "title", "parties", "signed", "fields", "count", "status", "items",
                    "done"));
            return (Map<String, Object>) terms;
        }).sorted(java.util.Comparator.comparing(a -> (String) a.get("id"))).toList();
    }

    @Test
    @Order(12)
    void openApiDocumentsEveryEndpointAndErrorsAreProblems() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/projects", "/projects/{id}",
                        "/projects/{id}/timeline", "/projects/{id}/changes", "/agreements", "/agreements/{id}"))
                .body("paths.keySet()", org.hamcrest.Matchers.not(hasItem("/analyze")))
                .body("paths.'/projects'.get.summary", equalTo("The status board"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("baytrack_tracker_articles_total"));
        given().get("/projects?status=building").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("under_construction"));
        given().get("/projects/nowhere/timeline").then().statusCode(404).contentType("application/problem+json");
    }
}
