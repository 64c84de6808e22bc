package org.baytrack.e2e;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Debian's headless Chromium for the browser tests, and the whole-page screenshot each test leaves behind. */
final class HeadlessChromium {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = E2eStack.ROOT.resolve("deploy/e2e/target/screenshots");

    private HeadlessChromium() {
    }

    /**
     * Skips a browser test on a machine without Chromium, with the advice to install it; where BAYTRACK_REQUIRE_BROWSER
     * is set (.ci/run sets it) a missing browser fails the test instead, so CI never passes with the pages untested.
     */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        String missing = CHROMEDRIVER + " or " + CHROMIUM + " is missing. Install them with "
                + "apt-get install -y chromium chromium-driver (.ci/run does).";
        if (System.getenv("BAYTRACK_REQUIRE_BROWSER") != null) {
            Assertions.assertTrue(installed, "Browser tests required but " + missing);
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: " + missing);
    }

    static ChromeDriver open(Duration pageLoadTimeout) {
        // Debian's driver and browser, so Selenium Manager never looks for (or downloads) either
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=zh-CN");
        ChromeDriver browser = new ChromeDriver(options);
        browser.manage().timeouts().pageLoadTimeout(pageLoadTimeout);
        return browser;
    }

    /** Saves the whole page as target/screenshots/{name}.png, then closes the browser. */
    static void screenshotAndQuit(ChromeDriver browser, String name) throws IOException {
        try {
            Files.createDirectories(SCREENSHOTS);
            // the whole page, not the window: the viewport is stretched to the document's height
            long height = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollHeight");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280,
                    "height", Math.min(Math.max(height, 600), 8000), "deviceScaleFactor", 1, "mobile", false));
            Path png = SCREENSHOTS.resolve(name + ".png");
            Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
            System.out.println("[e2e] screenshot " + png);
        } finally {
            browser.quit();
        }
    }
}
