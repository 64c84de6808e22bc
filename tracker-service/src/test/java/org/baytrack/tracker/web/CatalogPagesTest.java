package org.baytrack.tracker.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.tracker.support.Catalog;
import org.baytrack.tracker.support.TrackerDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The pages that read the catalog (article view, candidates) on the real embedded Kafka and PostgreSQL, against a
 * stand-in catalog that serves made-up answers and records what it was sent. Also a Traditional report on the
 * project page. The project, its texts and its names are made up.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
class CatalogPagesTest {
    static final String PROJECT = "made-up-catalog-pages-bridge";
    static final String HANS = "虚构湾大桥主塔于2025年3月1日封顶<script>alert('t')</script>。";
    static final String HANT = "虛構灣大橋主塔於2025年3月1日封頂<script>alert('t')</script>。";
    static final String ARTICLE = "art-catalog-pages-1";

    static HttpServer catalog;
    static final List<String> received = new CopyOnWriteArrayList<>();

    @Inject
    CatalogClient client;

    @BeforeAll
    static void startTheStandInCatalogAndReport() throws IOException {
        catalog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        catalog.createContext("/", CatalogPagesTest::answer);
        catalog.start();
        try (Catalog events = new Catalog()) {
            var article = new ArticleCataloged(ARTICLE, "doc-" + ARTICLE, ARTICLE, 1, "虛構報道", LocalDate.parse("2025-03-02"),
                    "示例日报", "https://example.org/made-up", "zh", "hant", false, List.of(),
                    List.of(new ArticleCataloged.MilestoneClaim(PROJECT, MilestoneKind.STRUCTURAL, "2025-03-01", "day", HANS, 1, HANT)),
                    List.of());
            TrackerDb.awaitProcessed(events.publish(article));
        }
    }

    @AfterAll
    static void stopTheStandIn() {
        catalog.stop(0);
    }

    @BeforeEach
    void pointThePagesAtTheStandIn() {
        client.pointAt("http://127.0.0.1:" + catalog.getAddress().getPort());
        received.clear();
    }

    static void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String json;
        int status = 200;
        if (path.equals("/articles/" + ARTICLE)) {
            String text = "虚构报道\n" + HANS;
            String original = "虛構報道\n" + HANT;
            json = """
                    {"id":"%s","canonicalId":"%s","title":"虛構報道<b>","published":"2025-03-02","source":"示例日报",
                     "url":"javascript:alert(3)","language":"zh","script":"hant","text":%s,"originalText":%s,
                     "sentences":[{"index":0,"start":0,"end":4,"text":"虚构报道"},
                                  {"index":1,"start":5,"end":%d,"text":%s}],
                     "variants":[{"id":"%s","source":"示例日报","script":"hant"}],"mentions":[]}"""
                    .formatted(ARTICLE, ARTICLE, quote(text), quote(original), text.length(), quote(HANS), ARTICLE);
        } else if (path.startsWith("/articles/")) {
            status = 404;
            json = "{\"status\":404,\"detail\":\"No article\"}";
        } else if (path.equals("/entities/candidates")) {
            json = """
                    [{"name":"虚构湾二桥","nameHant":"虛構灣二橋","articles":2,"examples":["虚构湾二桥<i>开工</i>。"],
                      "claims":[{"kind":"construction_started","date":"2025-01","precision":"month",
                                 "evidence":"虚构湾二桥2025年1月开工。","article":"art-x"}]}]""";
        } else if (path.equals("/entities") && "POST".equals(x.getRequestMethod())) {
            String authorization = x.getRequestHeaders().getFirst("Authorization");
            received.add(authorization + " " + body);
            if (authorization == null || authorization.equals("Bearer not-a-key")) {
                status = 401;
                json = "{\"status\":401,\"detail\":\"This request needs the admin key.\"}";
            } else if (authorization.equals("Bearer ingest-only")) {
                status = 403;
                json = "{\"status\":403,\"detail\":\"The ingest key only posts documents.\"}";
            } else if (body.contains("\"taken-id\"")) {
                status = 409;
                json = "{\"status\":409,\"detail\":\"taken-id is registered already<script>\"}";
            } else {
                status = 201;
                json = "{\"entity\":{},\"reresolvedArticles\":[\"art-x\",\"art-y\"]}";
            }
        } else {
            status = 404;
            json = "{}";
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void aTraditionalReportIsQuotedAsWrittenWithTheSimplifiedBeside() {
        given().when().get("/projects/" + PROJECT + "/timeline").then().statusCode(200)
                .body("[0].evidence[0].sentence", equalTo(HANS))
                .body("[0].evidence[0].originalSentence", equalTo(HANT));
        String html = given().accept(ContentType.HTML).when().get("/projects/" + PROJECT).then().statusCode(200)
                .extract().asString();
        assertThat(html)
                .contains("<span class=\"original\" lang=\"zh-Hant\">", "虛構灣大橋主塔於2025年3月1日封頂&lt;script&gt;",
                        "<span class=\"simplified\" lang=\"zh-Hans\">", "虚构湾大桥主塔于2025年3月1日封顶&lt;script&gt;",
                        "href=\"/articles/" + ARTICLE + "\"")
                .doesNotContain("<script");
    }

    @Test
    void theArticleViewMarksTheEvidenceInBothScriptsAndEscapesTheDocument() {
        String html = given().when().get("/articles/" + ARTICLE).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asString();
        assertThat(html)
                .contains("<p class=\"original\" lang=\"zh-Hant\"><mark class=\"evidence\">虛構灣大橋主塔於2025年3月1日封頂&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;。</mark></p>",
                        "<p class=\"simplified\" lang=\"zh-Hans\"><mark class=\"evidence\">虚构湾大桥主塔于2025年3月1日封顶&lt;script&gt;",
                        "<p class=\"original\" lang=\"zh-Hant\">虛構報道</p>", "虛構報道&lt;b&gt;")
                .doesNotContain("<script", "javascript:", "<b>");
    }

    @Test
    void anUnknownArticleIsNotFoundAndASilentCatalogIsSaidSo() throws IOException {
        given().when().get("/articles/art-nothing").then().statusCode(404).body(containsString("art-nothing"));
        given().when().get("/articles/a b").then().statusCode(404);
        HttpServer closed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = closed.getAddress().getPort();
        closed.stop(0);
        client.pointAt("http://127.0.0.1:" + port);
        given().when().get("/articles/" + ARTICLE).then().statusCode(502).body(containsString("目录服务没有响应"));
        given().when().get("/candidates").then().statusCode(502);
    }

    @Test
    void candidatesAreListedEscapedWithAFormThatRelaysTheRegistrationAndItsKey() {
        String html = given().queryParam("lang", "en").when().get("/candidates").then().statusCode(200)
                .header("Content-Security-Policy", containsString("form-action 'self'")).extract().asString();
        assertThat(html).contains("data-candidate=\"虚构湾二桥\"", "虚构湾二桥&lt;i&gt;开工&lt;/i&gt;。",
                        "construction started", "2025-01", "href=\"/articles/art-x?lang=en\"",
                        "name=\"nameHant\" value=\"虛構灣二橋\"", "<form method=\"post\" action=\"/candidates\"")
                .doesNotContain("<i>");

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("id", "made-up-second-bridge").formParam("name", "虚构湾二桥")
                .formParam("nameHant", "虛構灣二橋").formParam("nameEn", "").formParam("key", "k-123")
                .formParam("lang", "en")
                .when().post("/candidates").then().statusCode(303)
                .header("Location", containsString("/candidates?lang=en&registered=made-up-second-bridge&articles=2"));
        assertThat(received).singleElement().satisfies(r -> assertThat(r)
                .startsWith("Bearer k-123 ")
                .contains("\"id\":\"made-up-second-bridge\"", "\"type\":\"project\"", "\"name\":\"虚构湾二桥\"",
                        "\"nameHant\":\"虛構灣二橋\"").doesNotContain("nameEn"));
        given().queryParam("registered", "made-up-second-bridge").queryParam("articles", "2").when().get("/candidates")
                .then().statusCode(200).body(containsString("已登记 made-up-second-bridge"),
                        containsString("href=\"/projects/made-up-second-bridge\""));
    }

    @Test
    void aRefusedOrCrossSiteRegistrationSaysWhyAndACrossSiteOneNeverReachesTheCatalog() {
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("id", "taken-id").formParam("name", "虚构湾二桥")
                .formParam("key", "k-123").when().post("/candidates").then().statusCode(409)
                .body(containsString("taken-id is registered already&lt;script&gt;"));
        received.clear();
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")
                .formParam("id", "made-up-third-bridge").formParam("name", "虚构湾三桥")
                .when().post("/candidates").then().statusCode(403);
        assertThat(received).isEmpty();
    }

    @Test
    void aMissingWrongOrIngestKeySaysOnThePageWhichKeyToType() {
        String form = "application/x-www-form-urlencoded; charset=UTF-8";
        given().contentType(form).formParam("id", "made-up-fourth-bridge").formParam("name", "虚构湾四桥")
                .formParam("lang", "en").when().post("/candidates").then().statusCode(401)
                .body(containsString("Registering needs the admin key: type it into the Admin key field"));
        given().contentType(form).formParam("id", "made-up-fourth-bridge").formParam("name", "虚构湾四桥")
                .formParam("key", "not-a-key").formParam("lang", "en").when().post("/candidates").then().statusCode(401)
                .body(containsString("The catalog does not know this key."));
        given().contentType(form).formParam("id", "made-up-fourth-bridge").formParam("name", "虚构湾四桥")
                .formParam("key", "ingest-only").when().post("/candidates").then().statusCode(403)
                .body(containsString("这个密钥只能提交文档"));
    }
}
