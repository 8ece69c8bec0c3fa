package cn.gov.ledger.acceptance;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given explicitly so that
 * Selenium Manager never tries to download a browser: this machine's network is closed.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;

    Browser() throws IOException {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
    }

    /** Whether this machine can run the browser tests (CI installs the packages in {@code .ci/run}). */
    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** Keeps a screenshot of the current page as a build artefact under {@code acceptance/target/screenshots}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Keeps the whole page, not only the window, as a screenshot artefact: Chromium renders beyond the
     * viewport through the DevTools protocol.
     */
    Path fullPageScreenshot(String name) throws IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(SCREENSHOTS);
        return Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * The fonts Chromium actually drew the text of the first element matching {@code selector} with,
     * family name to glyph count, as its renderer reports them (not what the style sheet asked for).
     */
    Map<String, Integer> platformFonts(String selector) {
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<?, ?> root = (Map<?, ?>) driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0)).get("root");
        Object node = driver.executeCdpCommand("DOM.querySelector",
                Map.of("nodeId", root.get("nodeId"), "selector", selector)).get("nodeId");
        List<?> fonts = (List<?>) driver.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node))
                .get("fonts");
        Map<String, Integer> used = new LinkedHashMap<>();
        fonts.forEach(font -> used.put((String) ((Map<?, ?>) font).get("familyName"),
                ((Number) ((Map<?, ?>) font).get("glyphCount")).intValue()));
        return used;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
