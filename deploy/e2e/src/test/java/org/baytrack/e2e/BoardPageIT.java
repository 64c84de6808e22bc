package org.baytrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.ProcessingWait;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tracker's board and project pages in a real headless Chromium, on the four packaged services over real Kafka
 * and PostgreSQL. The documents are this suite's own short reports; each test leaves a screenshot under
 * target/screenshots for a person to look at. The live test runs last: the project it reports on would otherwise
 * join the board the other tests count.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardPageIT {
    static final String HUANGMAOHAI = "huangmaohai-passage";
    static final String ZHONGKAI = "zhongkai-expressway";
    static final String OPENED = "12月11日15时，黄茅海跨海通道正式通车试运营。";
    /** Made up by this suite, so what its reports say is no claim about a real project. */
    static final String MADE_UP = "qingfu-bay-test-crossing";
    static final String MADE_UP_NAME = "青蚨湾测试通道";
    static final String HOSTILE = "深江铁路全线预计2028年建成通车，读者留言里出现了 <script>alert('boom') 这样的字样。";

    /**
     * name → (published, text): this suite's own short reports, each true to the record and dated as a real report of
     * it was (the sources are those of deploy/samples/README.md). Zhongkai's opening forecast slipped from 2020, as
     * reported in 2017, to the end of June 2024.
     */
    static final Map<String, String[]> DOCUMENTS = new LinkedHashMap<>();

    static {
        DOCUMENTS.put("z1", new String[]{"2017-06-19", "中开高速公路计划2020年建成通车。"});
        DOCUMENTS.put("z2", new String[]{"2024-06-20", "中开高速公路预计本月底与深中通道同步通车。"});
        DOCUMENTS.put("h1", new String[]{"2023-04-18", "黄茅海大桥中塔顺利封顶，黄茅海跨海通道预计2024年建成通车。"});
        DOCUMENTS.put("h2", new String[]{"2024-12-11", OPENED});
        DOCUMENTS.put("s1", new String[]{"2023-02-17", "深江铁路全线预计2028年建成通车。"});
        DOCUMENTS.put("x1", new String[]{"2024-01-10", HOSTILE});
    }

    static E2eStack e2e;
    static String tracker;
    ChromeDriver browser;
    String testName;

    @BeforeAll
    static void startTheStackAndIngest() throws Exception {
        HeadlessChromium.assumeInstalled();
        E2eStack.requireBuiltServices();
        e2e = E2eStack.start();
        tracker = e2e.url(Service.TRACKER);
        List<String> ids = new ArrayList<>();
        ids.addAll(e2e.ingestReports(DOCUMENTS));
        int done = ProcessingWait.awaitCataloged(e2e.client, ids, Duration.ofSeconds(90));
        assertThat(done).as("documents cataloged. Service logs:%s", e2e.logs()).isEqualTo(ids.size());
        long deadline = System.currentTimeMillis() + 60_000;
        while (forecastReports(ZHONGKAI) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        // the names in other scripts come with the catalog's entity events, which may land after the claims
        while (e2e.client.project(ZHONGKAI).path("nameHant").isNull() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
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
        browser = HeadlessChromium.open(Duration.ofSeconds(30));
        testName = test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void screenshotAndClose() throws Exception {
        if (browser != null) {
            HeadlessChromium.screenshotAndQuit(browser, testName);
        }
    }

    @Test
    void boardListsTheThreeNamedProjectsWithStatusAndForecast() {
        browser.get(tracker + "/");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-Hans");
        Map<String, String> forecasts = Map.of(HUANGMAOHAI, "2024", ZHONGKAI, "2024-06", "shenzhen-jiangmen-hsr", "2028");
        forecasts.forEach((id, forecast) -> {
            WebElement row = browser.findElement(By.cssSelector("tr[data-project='" + id + "']"));
            assertThat(row.findElement(By.cssSelector("td.status")).getText()).as("status of %s", id).isNotBlank();
            assertThat(row.findElement(By.cssSelector("td.forecast")).getText()).as("forecast of %s", id)
                    .startsWith(forecast);
            assertThat(row.findElement(By.cssSelector("td.reported")).getText()).as("age of %s", id).contains("前报道");
        });
        WebElement zhongkai = browser.findElement(By.cssSelector("tr[data-project='" + ZHONGKAI + "']"));
        assertThat(zhongkai.findElement(By.cssSelector("td.slips")).getText()).isEqualTo("1");
        WebElement huangmaohai = browser.findElement(By.cssSelector("tr[data-project='" + HUANGMAOHAI + "']"));
        assertThat(huangmaohai.findElement(By.cssSelector("td.name")).getText()).contains("黄茅海", "Huangmaohai");
    }

    @Test
    void boardFiltersByNameFromTheKeyboardAndSwitchesToEnglish() {
        browser.get(tracker + "/");
        WebElement search = browser.findElement(By.name("q"));
        navigate(() -> search.sendKeys("中開", Keys.ENTER));
        List<String> shown = browser.findElements(By.cssSelector("tr.project")).stream()
                .map(r -> r.getDomAttribute("data-project")).toList();
        assertThat(shown).containsExactly(ZHONGKAI);
        navigate(() -> browser.findElement(By.cssSelector("nav.lang a")).click());
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("table.board thead")).getText()).contains("Forecast opening");
        assertThat(browser.findElements(By.cssSelector("tr.project"))).hasSize(1);
        navigate(() -> browser.findElement(By.linkText("Clear")).click());
        assertThat(browser.findElements(By.cssSelector("tr.project"))).as("projects with reports").hasSize(4);
        navigate(() -> browser.findElement(By.linkText("Show all")).click());
        assertThat(browser.findElements(By.cssSelector("tr.project")).size()).isGreaterThan(4);
    }

    /** Does what leads to another page and waits until that page has replaced this one. */
    private void navigate(Runnable action) {
        WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Test
    void projectPageShowsAMilestoneWithItsSentence() {
        browser.get(tracker + "/");
        navigate(() -> browser.findElement(By.cssSelector("tr[data-project='" + HUANGMAOHAI + "'] td.name a")).click());
        assertThat(browser.getCurrentUrl()).endsWith("/projects/" + HUANGMAOHAI);
        WebElement report = browser.findElements(By.cssSelector("li.report")).stream()
                .filter(r -> r.getText().contains(OPENED)).findFirst().orElseThrow(
                        () -> new AssertionError("no report quotes the opening sentence: " + browser.getPageSource()));
        assertThat(report.getText()).contains("2024-12-11", "Baytrack 测试稿");
        assertThat(report.findElement(By.cssSelector("p.source a")).getDomAttribute("href"))
                .isEqualTo("https://example.org/baytrack-test/h2");
        WebElement milestone = report.findElement(By.xpath("ancestor::li[contains(@class,'milestone')]"));
        assertThat(milestone.findElement(By.cssSelector(".when")).getText()).startsWith("2024-12-11");
    }

    @Test
    void forecastChartHasOnePointPerForecastReport() {
        browser.get(tracker + "/projects/" + ZHONGKAI);
        List<WebElement> points = browser.findElements(By.cssSelector("figure.chart svg circle.point"));
        assertThat(points).hasSize((int) forecastReports(ZHONGKAI)).hasSize(2);
        assertThat(points).extracting(p -> p.getDomAttribute("data-mark")).containsExactly("first", "slip");
        double firstY = Double.parseDouble(points.get(0).getDomAttribute("cy"));
        double slipY = Double.parseDouble(points.get(1).getDomAttribute("cy"));
        assertThat(slipY).as("a later forecast stands higher").isLessThan(firstY);
    }

    @Test
    void aDocumentsScriptTagIsShownAsText() {
        browser.get(tracker + "/projects/shenzhen-jiangmen-hsr");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("<script>alert('boom')");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anOpenBoardShowsAChangedForecastWithoutAReload() throws Exception {
        registerProject(MADE_UP, MADE_UP_NAME, "Qingfu Bay Test Crossing");
        report("live1", "2025-03-01", MADE_UP_NAME + "预计2029年建成通车。");
        awaitForecast(MADE_UP, "2029");
        browser.get(tracker + "/?q=" + MADE_UP);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "on".equals(
                d.findElement(By.tagName("html")).getDomAttribute("data-live")));
        JavascriptExecutor js = browser;
        js.executeScript("window.baytrackSamePage = true");
        assertThat(forecastCell().getText()).startsWith("2029");

        report("live2", "2025-09-01", MADE_UP_NAME + "预计2030年建成通车。");
        awaitForecast(MADE_UP, "2030");
        // the stream pushes the change at once; a loaded two-core CI machine may take seconds to render it
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> forecastCell().getText().startsWith("2030"));
        assertThat(js.executeScript("return window.baytrackSamePage === true")).as("no reload").isEqualTo(true);
        WebElement row = browser.findElement(By.cssSelector("tr[data-project='" + MADE_UP + "']"));
        assertThat(row.getDomAttribute("class")).contains("updated");
        assertThat(row.findElement(By.cssSelector("td.slips")).getText()).isEqualTo("1");
    }

    private WebElement forecastCell() {
        return browser.findElement(By.cssSelector("tr[data-project='" + MADE_UP + "'] td.forecast"));
    }

    private static void registerProject(String id, String name, String nameEn) throws Exception {
        String body = BaytrackClient.JSON.createObjectNode().put("id", id).put("type", "project").put("name", name)
                .put("nameEn", nameEn).toString();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(e2e.url(Service.CATALOG) + "/entities")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + e2e.adminKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("registering %s: %s", id, r.body()).isEqualTo(201);
    }

    private static void report(String key, String published, String text) throws Exception {
        var result = e2e.client.ingest(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8",
                Map.of("published", published, "source", "Baytrack 测试稿", "title", "测试报道 " + key,
                        "url", "https://example.org/baytrack-test/" + key));
        assertThat(result.rejected()).as("ingest %s said: %s", key, result.detail()).isFalse();
    }

    private static void awaitForecast(String project, String forecast) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        String seen = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                seen = e2e.client.project(project).path("forecastOpening").asText(null);
            } catch (RuntimeException notYetFollowed) {
                seen = null;
            }
            if (forecast.equals(seen)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the tracker's forecast of " + project + " stayed " + seen + ", not " + forecast
                + ". Service logs:" + e2e.logs());
    }

    /** Reports of a forecast opening with a publication date: the points the chart should draw. */
    static long forecastReports(String project) {
        JsonNode timeline = e2e.client.timeline(project);
        long n = 0;
        for (JsonNode entry : timeline) {
            if ("forecast_opening".equals(entry.path("kind").asText()) && !entry.path("date").isNull()) {
                for (JsonNode e : entry.path("evidence")) {
                    n += e.path("published").isTextual() ? 1 : 0;
                }
            }
        }
        return n;
    }
}
