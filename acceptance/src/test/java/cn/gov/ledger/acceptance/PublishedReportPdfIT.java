package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import java.awt.image.BufferedImage;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The published report's PDF opened as a reader opens it: served inline under its Chinese file name, shown
 * by headless Chromium (whose viewer stays an empty grey frame headless, so its screenshot shows only that the
 * browser opened the file rather than downloading it), and its first pages rendered by poppler's
 * {@code pdftoppm} into {@code acceptance/target/screenshots/report-2024-pdf-*.png}, each
 * page carrying ink and paper both.
 */
@EnabledIf("runnable")
@ExtendWith(SeedYear.class)
class PublishedReportPdfIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static boolean runnable() {
        return TestDatabase.available() && Browser.available();
    }

    @Test
    void thePublishedPdfOpensInTheBrowserAndItsPagesArePrinted(SeedYear.Loaded seed) throws Exception {
        String url = PublishedReportInBrowserIT.publish(seed) + "/report?format=pdf";
        HttpResponse<byte[]> answer = Http.bytes(null, url);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String disposition = answer.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("inline;");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17),
                StandardCharsets.UTF_8)).matches(SeedYear.DEPARTMENT + "-2024年度决算公开第\\d+号-部门决算报告\\.pdf");
        assertThat(new String(answer.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path pdf = Files.write(Files.createDirectories(SCREENSHOTS).resolve("report-2024.pdf"), answer.body());

        try (Browser browser = new Browser()) {
            browser.driver.get(url);
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(driver -> "complete".equals(
                    browser.driver.executeScript("return document.readyState")));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);
            browser.screenshot("report-2024-pdf-in-chromium");
        }

        Process poppler = new ProcessBuilder("pdftoppm", "-r", "60", "-f", "1", "-l", "4", "-png",
                pdf.toString(), SCREENSHOTS.resolve("report-2024-pdf").toString()).inheritIO().start();
        assertThat(poppler.waitFor()).isZero();
        List<Path> pages;
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            pages = files.filter(f -> f.getFileName().toString().matches("report-2024-pdf-\\d+\\.png")).sorted()
                    .toList();
        }
        assertThat(pages).hasSize(4);
        for (Path page : pages) {
            BufferedImage image = ImageIO.read(page.toFile());
            double sides = (double) Math.max(image.getWidth(), image.getHeight())
                    / Math.min(image.getWidth(), image.getHeight());
            assertThat(sides).as("A4, upright or landscape").isBetween(1.38, 1.45);
            assertThat(inked(image)).as(page + " has print on paper").isBetween(0.005, 0.6);
        }
    }

    /** The share of pixels that are not near-white. */
    private static double inked(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int darkest = Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
                inked += darkest < 200 ? 1 : 0;
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }
}
