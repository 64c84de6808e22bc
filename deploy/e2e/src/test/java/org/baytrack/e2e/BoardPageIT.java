package org.baytrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.client.ProcessingWait;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * target/screenshots for a person to look at.
 */
class BoardPageIT {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = E2eStack.ROOT.resolve("deploy/e2e/target/screenshots");
    static final String HUANGMAOHAI = "huangmaohai-passage";
    static final String SLIPPED = "黄茅海跨海通道建设单位表示，受海况影响，项目预计2025年建成通车。";
    static final String HOSTILE = "深江铁路全线预计2028年建成通车，读者留言里出现了 <script>alert('boom') 这样的字样。";

    /** name → (published, text); three forecasts for Huangmaohai: a first one, a slip, an advance. */
    static final Map<String, String[]> DOCUMENTS = new LinkedHashMap<>();

    static {
        DOCUMENTS.put("h1", new String[]{"2021-05-20", "黄茅海跨海通道工程进展顺利，项目预计2024年建成通车。"});
        DOCUMENTS.put("h2", new String[]{"2022-08-01", SLIPPED});
        DOCUMENTS.put("h3", new String[]{"2023-11-30", "黄茅海跨海通道主线桥梁全部合龙，项目预计2024年12月建成通车。"});
        DOCUMENTS.put("z1", new String[]{"2023-02-10", "中开高速公路全线路面施工进入尾声，预计2024年建成通车。"});
        DOCUMENTS.put("s1", new String[]{"2023-05-05", "深江铁路珠江口隧道施工稳步推进，全线预计2027年建成通车。"});
        DOCUMENTS.put("x1", new String[]{"2024-01-10", HOSTILE});
    }

    static E2eStack e2e;
    static String tracker;
    ChromeDriver browser;
    String testName;

    @BeforeAll
    static void startTheStackAndIngest() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Browser tests skipped: " + CHROMEDRIVER + " or " + CHROMIUM + " is missing. Install them with "
                        + "apt-get install -y chromium chromium-driver (.ci/run does).");
        E2eStack.requireBuiltServices();
        e2e = E2eStack.start();
        tracker = e2e.url(Service.TRACKER);
        List<String> ids = new ArrayList<>();
        for (var d : DOCUMENTS.entrySet()) {
            var result = e2e.client.ingest(d.getValue()[1].getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8",
                    Map.of("published", d.getValue()[0], "source", "Baytrack 测试稿", "title", "测试报道 " + d.getKey(),
                            "url", "https://example.org/baytrack-test/" + d.getKey()));
            assertThat(result.rejected()).as("ingest %s said: %s", d.getKey(), result.detail()).isFalse();
            ids.add(result.id());
        }
        int done = ProcessingWait.awaitCataloged(e2e.client, ids, Duration.ofSeconds(90));
        assertThat(done).as("documents cataloged. Service logs:%s", e2e.logs()).isEqualTo(ids.size());
        long deadline = System.currentTimeMillis() + 60_000;
        while (forecastReports(HUANGMAOHAI) < 3 && System.currentTimeMillis() < deadline) {
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
        // Debian's driver and browser, so Selenium Manager never looks for (or downloads) either
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=zh-CN");
        browser = new ChromeDriver(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        testName = test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void screenshotAndClose() throws Exception {
        if (browser == null) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            // the whole page, not the window: the viewport is stretched to the document's height
            long height = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollHeight");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280,
                    "height", Math.min(Math.max(height, 600), 8000), "deviceScaleFactor", 1, "mobile", false));
            Path png = SCREENSHOTS.resolve(testName + ".png");
            Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
            System.out.println("[e2e] screenshot " + png);
        } finally {
            browser.quit();
        }
    }

    @Test
    void boardListsTheThreeNamedProjectsWithStatusAndForecast() {
        browser.get(tracker + "/");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-Hans");
        Map<String, String> forecasts = Map.of(HUANGMAOHAI, "2024-12", "zhongkai-expressway", "2024",
                "shenzhen-jiangmen-hsr", "2028");
        forecasts.forEach((id, forecast) -> {
            WebElement row = browser.findElement(By.cssSelector("tr[data-project='" + id + "']"));
            assertThat(row.findElement(By.cssSelector("td.status")).getText()).as("status of %s", id).isNotBlank();
            assertThat(row.findElement(By.cssSelector("td.forecast")).getText()).as("forecast of %s", id)
                    .startsWith(forecast);
            assertThat(row.findElement(By.cssSelector("td.reported")).getText()).as("age of %s", id).contains("前报道");
        });
        WebElement huangmaohai = browser.findElement(By.cssSelector("tr[data-project='" + HUANGMAOHAI + "']"));
        assertThat(huangmaohai.findElement(By.cssSelector("td.slips")).getText()).isEqualTo("1");
        assertThat(huangmaohai.findElement(By.cssSelector("td.name")).getText()).contains("黄茅海", "Huangmaohai");
    }

    @Test
    void boardFiltersByNameFromTheKeyboardAndSwitchesToEnglish() {
        browser.get(tracker + "/");
        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys("中開", Keys.ENTER);
        List<String> shown = browser.findElements(By.cssSelector("tr.project")).stream()
                .map(r -> r.getDomAttribute("data-project")).toList();
        assertThat(shown).containsExactly("zhongkai-expressway");
        browser.findElement(By.cssSelector("nav.lang a")).click();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("table.board thead")).getText()).contains("Forecast opening");
        assertThat(browser.findElements(By.cssSelector("tr.project"))).hasSize(1);
        browser.findElement(By.linkText("Clear")).click();
        assertThat(browser.findElements(By.cssSelector("tr.project"))).as("projects with reports").hasSize(3);
        browser.findElement(By.linkText("Show all")).click();
        assertThat(browser.findElements(By.cssSelector("tr.project")).size()).isGreaterThan(3);
    }

    @Test
    void projectPageShowsAMilestoneWithItsSentence() {
        browser.get(tracker + "/");
        browser.findElement(By.cssSelector("tr[data-project='" + HUANGMAOHAI + "'] td.name a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/projects/" + HUANGMAOHAI);
        WebElement report = browser.findElements(By.cssSelector("li.report")).stream()
                .filter(r -> r.getText().contains(SLIPPED)).findFirst().orElseThrow(
                        () -> new AssertionError("no report quotes the 2022 sentence: " + browser.getPageSource()));
        assertThat(report.getText()).contains("2022-08-01", "Baytrack 测试稿");
        assertThat(report.findElement(By.cssSelector("p.source a")).getDomAttribute("href"))
                .isEqualTo("https://example.org/baytrack-test/h2");
        WebElement milestone = report.findElement(By.xpath("ancestor::li[contains(@class,'milestone')]"));
        assertThat(milestone.findElement(By.cssSelector(".when")).getText()).startsWith("2025");
    }

    @Test
    void forecastChartHasOnePointPerForecastReport() {
        browser.get(tracker + "/projects/" + HUANGMAOHAI);
        List<WebElement> points = browser.findElements(By.cssSelector("figure.chart svg circle.point"));
        assertThat(points).hasSize((int) forecastReports(HUANGMAOHAI)).hasSize(3);
        assertThat(points).extracting(p -> p.getDomAttribute("data-mark")).containsExactly("first", "slip", "advance");
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
