package org.baytrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventIds;
import org.baytrack.events.EventType;
import org.baytrack.events.Topics;
import org.baytrack.runner.client.ProcessingWait;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agreements page, a Traditional report quoted in its own script beside the Simplified, the article view and the
 * candidates page, in a real headless Chromium on the four packaged services over real Kafka and PostgreSQL. Seed
 * 000 is read from ../shared/seeds as it is; every other document is this suite's own and made up (the 青蚨湾 names
 * are no real place, company or project). The registration runs late, as it adds a project to the board, and the
 * thousand-project timing last, as it adds a thousand.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesIT {
    static final String SEED_000 = "000_d4eb6ef48fb1f2de.txt";
    static final String HUANGMAOHAI = "huangmaohai-passage";
    static final String CANDIDATE = "青蚨湾测试大桥";
    static final String CANDIDATE_ID = "qingfu-bay-test-bridge";
    static final String HOSTILE_MARK = "<script>alert('boom')";
    static final String AGREEMENT = "青蚨湾测试合作协议";
    /** A made-up report written in Traditional, in two paragraphs; its first sentence is a structural milestone. */
    static final String TRADITIONAL_CLOSURE = "青蚨灣測試大橋全橋於2025年9月8日順利合龍。";
    static final String TRADITIONAL_REPORT = TRADITIONAL_CLOSURE + "\n工程人員表示，大橋預計2027年建成通車，屆時兩岸車程將縮短至十分鐘。\n";
    static final String[] PARTIES = {"青蚨湾测试港务有限公司", "星屿示例科技集团"};

    /** key → (published, text): made up by this suite. The second agreement report is written in Traditional. */
    static final Map<String, String[]> DOCUMENTS = new LinkedHashMap<>();

    static {
        DOCUMENTS.put("c1", new String[]{"2025-03-02", CANDIDATE + "主塔于2025年3月1日顺利封顶，全桥预计2027年建成通车。"});
        DOCUMENTS.put("c2", new String[]{"2025-06-20", CANDIDATE + "首片钢箱梁于2025年6月18日吊装完成，留言里出现了 "
                + HOSTILE_MARK + " 这样的字样。"});
        DOCUMENTS.put("c3", new String[]{"2025-09-09", TRADITIONAL_REPORT});
        DOCUMENTS.put("a1", new String[]{"2023-05-10", PARTIES[0] + "与" + PARTIES[1] + "2023年3月签署《" + AGREEMENT
                + "》，共列出27个合作事项，目前已完成5项。"});
        DOCUMENTS.put("a2", new String[]{"2024-02-01",
                "青蚨灣測試港務有限公司與星嶼示例科技集團2023年簽署了《青蚨灣測試合作協議》，其27個合作事項目前已完成8項。"});
    }

    static E2eStack e2e;
    static String tracker;
    ChromeDriver browser;
    String testName;

    @BeforeAll
    static void startTheStackAndIngest() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path seed = E2eStack.SEEDS.resolve(SEED_000);
        Assumptions.assumeTrue(Files.isRegularFile(seed), "Seed 000 is missing: " + seed);
        E2eStack.requireBuiltServices();
        e2e = E2eStack.start();
        tracker = e2e.url(Service.TRACKER);
        List<String> ids = new ArrayList<>();
        // the seed's own publication day and paper, as the catalog's tests give them
        var s = e2e.client.ingest(Files.readAllBytes(seed), "text/plain; charset=utf-8",
                Map.of("published", "2021-12-29", "source", "南方日报"));
        assertThat(s.rejected()).as("ingest seed 000 said: %s", s.detail()).isFalse();
        ids.add(s.id());
        ids.addAll(e2e.ingestReports(DOCUMENTS));
        int done = ProcessingWait.awaitCataloged(e2e.client, ids, Duration.ofSeconds(90));
        assertThat(done).as("documents cataloged. Service logs:%s", e2e.logs()).isEqualTo(ids.size());
        long deadline = System.currentTimeMillis() + 60_000;
        while (structuralReport() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(structuralReport()).as("Huangmaohai's 2021-12-24 structural report. Logs:%s", e2e.logs()).isNotNull();
        ProcessingWait.awaitBoardSettled(e2e.client, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopTheStack() {
        if (e2e != null) {
            long t = System.nanoTime();
            e2e.stop();
            System.out.println("[e2e] stack stopped in " + StackLauncher.seconds(System.nanoTime() - t));
        }
    }

    @BeforeEach
    void openTheBrowser(TestInfo test) {
        browser = HeadlessChromium.open(Duration.ofSeconds(60));
        testName = test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void screenshotAndClose() throws Exception {
        if (browser != null) {
            HeadlessChromium.screenshotAndQuit(browser, testName);
        }
    }

    @Test
    @Order(1)
    void agreementsPageRendersPartiesSigningDateAndProgressOverTime() {
        browser.get(tracker + "/agreements");
        WebElement row = browser.findElements(By.cssSelector("tr.agreement")).stream()
                .filter(r -> r.findElement(By.cssSelector("td.name")).getText().contains(AGREEMENT)).findFirst()
                .orElseThrow(() -> new AssertionError("no agreement row for " + AGREEMENT + ": " + browser.getPageSource()));
        assertThat(row.findElements(By.cssSelector("td.parties .party"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder(PARTIES);
        assertThat(row.findElement(By.cssSelector("td.signed")).getText()).startsWith("2023-03");
        // progress over time, oldest first: 27 items with 5 done, then 8 done
        assertThat(row.findElement(By.cssSelector("td.progress")).getText()).matches("(?s).*27.*5.*→.*8.*");
        assertThat(row.findElement(By.cssSelector("td.name .badge")).getText()).isNotBlank();
        // the Traditional report is quoted as written, with the Simplified beside it
        WebElement traditional = row.findElement(By.cssSelector("blockquote.sentence.two-scripts"));
        assertThat(traditional.findElement(By.cssSelector("span.original")).getDomAttribute("lang")).isEqualTo("zh-Hant");
        assertThat(traditional.findElement(By.cssSelector("span.original")).getText()).contains("青蚨灣測試合作協議");
        assertThat(traditional.findElement(By.cssSelector("span.simplified")).getDomAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(traditional.findElement(By.cssSelector("span.simplified")).getText()).contains(AGREEMENT);
    }

    @Test
    @Order(2)
    void huangmaohaiPageShowsTheStructuralSentenceOfSeed000InTraditionalWithTheSimplifiedBeside() throws Exception {
        JsonNode evidence = structuralReport();
        String original = evidence.path("originalSentence").asText();
        String simplified = evidence.path("sentence").asText();
        assertThat(original).isNotEqualTo(simplified);
        assertThat(Files.readString(E2eStack.SEEDS.resolve(SEED_000))).as("the seed words it so").contains(original);

        browser.get(tracker + "/projects/" + HUANGMAOHAI);
        WebElement milestone = browser.findElements(By.cssSelector("li.milestone.kind-structural")).stream()
                .filter(m -> m.findElement(By.cssSelector(".when")).getText().startsWith("2021-12-24")).findFirst()
                .orElseThrow(() -> new AssertionError("no 2021-12-24 structural milestone: " + browser.getPageSource()));
        WebElement quote = milestone.findElements(By.cssSelector("blockquote.sentence.two-scripts")).stream()
                .filter(q -> q.getText().contains(original)).findFirst()
                .orElseThrow(() -> new AssertionError("the milestone does not quote seed 000 as written"));
        WebElement hant = quote.findElement(By.cssSelector("span.original"));
        WebElement hans = quote.findElement(By.cssSelector("span.simplified"));
        assertThat(hant.getDomAttribute("lang")).isEqualTo("zh-Hant");
        assertThat(hant.getText()).endsWith(original).contains("黃茅海");
        assertThat(hans.getDomAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(hans.getText()).endsWith(simplified).contains("黄茅海");
        // side by side: the Simplified stands to the right of the original, on the same line
        assertThat(hans.getRect().getX()).isGreaterThan(hant.getRect().getX() + hant.getRect().getWidth() - 1);
        assertThat(milestone.getText()).contains("南方日报", "2021-12-29");
    }

    @Test
    @Order(3)
    void articleViewMarksTheEvidenceInTheOriginalScriptAndInSimplified() {
        JsonNode evidence = structuralReport();
        String original = evidence.path("originalSentence").asText();
        String simplified = evidence.path("sentence").asText();
        browser.get(tracker + "/projects/" + HUANGMAOHAI);
        WebElement report = browser.findElements(By.cssSelector("li.report")).stream()
                .filter(r -> r.getText().contains(original)).findFirst().orElseThrow();
        navigate(() -> report.findElement(By.cssSelector("a.in-context")).click());
        assertThat(browser.getCurrentUrl()).contains("/articles/" + evidence.path("articleId").asText());
        assertThat(browser.findElements(By.cssSelector(".article-text.two-scripts"))).hasSize(1);
        List<String> markedOriginal = browser.findElements(By.cssSelector("p.original[lang='zh-Hant'] mark.evidence"))
                .stream().map(WebElement::getText).toList();
        List<String> markedSimplified = browser.findElements(By.cssSelector("p.simplified[lang='zh-Hans'] mark.evidence"))
                .stream().map(WebElement::getText).toList();
        assertThat(markedOriginal).contains(original);
        assertThat(markedSimplified).contains(simplified);
        assertThat(browser.findElement(By.cssSelector("article h1")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("南方日报", "2021-12-29");
        // the cleaned text, never the document's markup
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("<html", "<p>", "<div");
    }

    @Test
    @Order(10)
    void candidatesListsAnUnregisteredNameAndRegisteringItPutsItOnTheBoard() throws Exception {
        browser.get(tracker + "/candidates");
        WebElement candidate = browser.findElement(By.cssSelector("li.candidate[data-candidate='" + CANDIDATE + "']"));
        assertThat(candidate.findElement(By.tagName("h2")).getText()).contains(CANDIDATE, "3");
        assertThat(candidate.findElements(By.cssSelector("li.claim"))).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("2025-03-01")).anyMatch(t -> t.contains("2025-06-18"));
        WebElement keyless = registerForm(candidate);
        assertThat(keyless.findElement(By.name("name")).getDomProperty("value")).isEqualTo(CANDIDATE);
        assertThat(keyless.findElement(By.name("nameHant")).getDomProperty("value")).isEqualTo("青蚨灣測試大橋");
        navigate(() -> keyless.findElement(By.cssSelector("button[type=submit]")).click());
        // the catalog refuses a registration without the admin key, and the page says which key to type
        assertThat(browser.findElement(By.cssSelector("p.notice.refused")).getText()).contains("管理密钥", "admin-key");

        WebElement withIngestKey = registerForm(browser.findElement(By.cssSelector("li.candidate[data-candidate='"
                + CANDIDATE + "']")));
        withIngestKey.findElement(By.name("key")).sendKeys(e2e.ingestKey);
        navigate(() -> withIngestKey.findElement(By.cssSelector("button[type=submit]")).click());
        assertThat(browser.findElement(By.cssSelector("p.notice.refused")).getText()).contains("只能提交文档");

        WebElement form = registerForm(browser.findElement(By.cssSelector("li.candidate[data-candidate='"
                + CANDIDATE + "']")));
        form.findElement(By.name("key")).sendKeys(e2e.adminKey);
        navigate(() -> form.findElement(By.cssSelector("button[type=submit]")).click());
        WebElement notice = browser.findElement(By.cssSelector("p.notice.registered"));
        assertThat(notice.getText()).contains(CANDIDATE_ID);
        assertThat(browser.findElements(By.cssSelector("li.candidate[data-candidate='" + CANDIDATE + "']")))
                .as("a registered name is no candidate").isEmpty();

        // the catalog read its three articles again: the project arrives with its three structural milestones
        awaitStatus(CANDIDATE_ID, "under_construction");
        long deadline = System.currentTimeMillis() + 60_000;
        while (structuralDates(CANDIDATE_ID).size() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(structuralDates(CANDIDATE_ID)).containsExactlyInAnyOrder("2025-03-01", "2025-06-18", "2025-09-08");
        navigate(() -> browser.findElement(By.cssSelector("p.notice.registered a")).click());
        assertThat(browser.getCurrentUrl()).contains("/projects/" + CANDIDATE_ID);
        browser.get(tracker + "/");
        WebElement row = browser.findElement(By.cssSelector("tr[data-project='" + CANDIDATE_ID + "']"));
        assertThat(row.findElement(By.cssSelector("td.name")).getText()).contains(CANDIDATE, "Qingfu Bay Test Bridge");
        assertThat(row.findElement(By.cssSelector("td.status")).getText()).isNotBlank();
        assertThat(row.findElement(By.cssSelector("td.forecast")).getText()).startsWith("2027");
    }

    @Test
    @Order(11)
    void articleViewMarksTheEvidenceAndShowsADocumentsScriptTagAsText() {
        browser.get(tracker + "/projects/" + CANDIDATE_ID);
        WebElement report = browser.findElements(By.cssSelector("li.report")).stream()
                .filter(r -> r.getText().contains(HOSTILE_MARK)).findFirst()
                .orElseThrow(() -> new AssertionError("no report quotes the hostile sentence: " + browser.getPageSource()));
        navigate(() -> report.findElement(By.cssSelector("a.in-context")).click());
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        List<WebElement> marks = browser.findElements(By.cssSelector(".article-text mark.evidence"));
        assertThat(marks).extracting(WebElement::getText).anyMatch(t -> t.contains(HOSTILE_MARK) && t.contains("吊装完成"));
        assertThat(browser.findElements(By.cssSelector(".article-text.two-scripts"))).as("a Simplified article").isEmpty();
        assertThat(browser.findElement(By.cssSelector(".article-text")).getDomAttribute("lang")).isEqualTo("zh-Hans");
    }

    @Test
    @Order(12)
    void articleViewOfATraditionalReportShowsItAsWrittenBesideTheSimplifiedWithTheEvidenceMarked() {
        browser.get(tracker + "/projects/" + CANDIDATE_ID);
        WebElement report = browser.findElements(By.cssSelector("li.report")).stream()
                .filter(r -> r.getText().contains(TRADITIONAL_CLOSURE)).findFirst()
                .orElseThrow(() -> new AssertionError("no report quotes the Traditional closure: " + browser.getPageSource()));
        assertThat(report.findElement(By.cssSelector("span.simplified")).getText()).contains("青蚨湾测试大桥全桥于2025年9月8日顺利合龙。");
        navigate(() -> report.findElement(By.cssSelector("a.in-context")).click());
        List<WebElement> originals = browser.findElements(By.cssSelector(".article-text.two-scripts p.original[lang='zh-Hant']"));
        List<WebElement> simplified = browser.findElements(By.cssSelector(".article-text.two-scripts p.simplified[lang='zh-Hans']"));
        assertThat(originals).hasSize(2);
        assertThat(simplified).hasSize(2);
        assertThat(originals.get(0).findElement(By.cssSelector("mark.evidence")).getText()).isEqualTo(TRADITIONAL_CLOSURE);
        assertThat(simplified.get(0).findElement(By.cssSelector("mark.evidence")).getText())
                .isEqualTo("青蚨湾测试大桥全桥于2025年9月8日顺利合龙。");
        assertThat(originals.get(1).findElements(By.cssSelector("mark.evidence"))).as("not evidence").isEmpty();
        // paragraph beside paragraph
        assertThat(simplified.get(0).getRect().getY()).isEqualTo(originals.get(0).getRect().getY());
        assertThat(simplified.get(0).getRect().getX()).isGreaterThan(originals.get(0).getRect().getX());
    }

    /**
     * A thousand made-up projects on the board, loaded in Chromium: prints the navigation timing of the page (the
     * median of five loads). The projects are announced on the entity topic as the catalog announces registrations,
     * so the tracker follows them as it would; the bound is a sanity check, not a performance target.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aBoardOfAThousandProjectsLoadsInChromium() throws Exception {
        int n = 1000;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, e2e.stack.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (var producer = new KafkaProducer<String, String>(props)) {
            for (int i = 0; i < n; i++) {
                String id = "bench-test-project-%04d".formatted(i);
                var event = new EntityChanged(id, "project", "基准测试项目%04d号".formatted(i), null,
                        "Bench Test Project %04d".formatted(i), List.of(), EntityChanged.REGISTERED);
                var out = EventCodec.encode(EventIds.of(EventType.ENTITY_CHANGED, id, "bench"),
                        URI.create("/baytrack/e2e-bench"), event);
                producer.send(new ProducerRecord<>(Topics.ENTITIES_CHANGED, id, out.json()));
            }
        }
        long deadline = System.currentTimeMillis() + 120_000;
        int followed = 0;
        while (System.currentTimeMillis() < deadline) {
            followed = 0;
            for (JsonNode p : e2e.client.projects()) {
                followed += p.path("id").asText().startsWith("bench-test-project-") ? 1 : 0;
            }
            if (followed >= n) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(followed).as("bench projects the tracker follows").isEqualTo(n);

        List<double[]> loads = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < 6; i++) {
            browser.get(tracker + "/?all=1");
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) browser.executeScript(
                    "const n = performance.getEntriesByType('navigation')[0];"
                            + "return {ttfb: n.responseStart, response: n.responseEnd, dcl: n.domContentLoadedEventEnd,"
                            + " load: n.loadEventEnd, bytes: n.transferSize};");
            rows = browser.findElements(By.cssSelector("tr.project")).size();
            if (i > 0) { // the first load warms the server's templates and the browser's cache of the sheet
                loads.add(new double[]{num(t.get("ttfb")), num(t.get("response")), num(t.get("dcl")), num(t.get("load")),
                        num(t.get("bytes"))});
            }
        }
        assertThat(rows).as("rows on the board").isGreaterThanOrEqualTo(n);
        double[] median = new double[5];
        for (int k = 0; k < 5; k++) {
            int col = k;
            median[k] = loads.stream().mapToDouble(l -> l[col]).sorted().toArray()[loads.size() / 2];
        }
        System.out.printf("[e2e] board with %d rows in headless Chromium, median of %d loads: first byte %.0f ms, "
                        + "response end %.0f ms, DOMContentLoaded %.0f ms, load %.0f ms (%.0f kB transferred)%n",
                rows, loads.size(), median[0], median[1], median[2], median[3], median[4] / 1024);
        assertThat(median[3]).as("load event, ms (a sanity bound only)").isLessThan(30_000);
    }

    private static double num(Object o) {
        return o instanceof Number x ? x.doubleValue() : Double.NaN;
    }

    /** Does what leads to another page and waits until that page has replaced this one. */
    private void navigate(Runnable action) {
        WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Huangmaohai's 2021-12-24 structural report from seed 000, in the tracker's timeline; null until it is there. */
    static JsonNode structuralReport() {
        try {
            for (JsonNode entry : e2e.client.timeline(HUANGMAOHAI)) {
                if ("structural".equals(entry.path("kind").asText()) && "2021-12-24".equals(entry.path("date").asText())) {
                    for (JsonNode e : entry.path("evidence")) {
                        if (e.path("originalSentence").isTextual()) {
                            return e;
                        }
                    }
                }
            }
        } catch (RuntimeException notYet) {
            return null;
        }
        return null;
    }

    static List<String> structuralDates(String project) {
        List<String> dates = new ArrayList<>();
        try {
            for (JsonNode entry : e2e.client.timeline(project)) {
                if ("structural".equals(entry.path("kind").asText())) {
                    dates.add(entry.path("date").asText());
                }
            }
        } catch (RuntimeException notYet) {
            return List.of();
        }
        return dates;
    }

    private static void awaitStatus(String project, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        String seen = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                seen = e2e.client.project(project).path("status").asText(null);
            } catch (RuntimeException notYetFollowed) {
                seen = null;
            }
            if (status.equals(seen)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the tracker's status of " + project + " stayed " + seen + ", not " + status
                + ". Service logs:" + e2e.logs());
    }

    /** Opens a candidate's registration form and fills in the id and English name. */
    private WebElement registerForm(WebElement candidate) {
        candidate.findElement(By.cssSelector("details.register summary")).click();
        WebElement form = candidate.findElement(By.cssSelector("form.register"));
        form.findElement(By.name("id")).sendKeys(CANDIDATE_ID);
        form.findElement(By.name("nameEn")).sendKeys("Qingfu Bay Test Bridge");
        return form;
    }
}
