package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The seed year published and opened the way the public will read it: in headless Chromium, the frozen
 * report must show its nine tables, its four charts and its Chinese text in a CJK font. The whole page
 * is kept as {@code acceptance/target/screenshots/report-2024.png}.
 */
@EnabledIf("runnable")
@ExtendWith(SeedYear.class)
class PublishedReportInBrowserIT {

    /** The titles of the nine tables, as the customer's report prints them. */
    private static final List<String> TITLES = List.of("收入支出决算总表", "收入决算表", "支出决算表",
            "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算明细表",
            "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表");

    static boolean runnable() {
        return TestDatabase.available() && Browser.available();
    }

    @Test
    void thePublishedReportShowsItsTablesChartsAndChineseText(SeedYear.Loaded seed) throws Exception {
        String report = publish(seed) + "/report";
        try (Browser browser = new Browser()) {
            browser.driver.get(report);
            List<WebElement> tables = browser.driver.findElements(By.cssSelector("section.printed-table"));
            // the nine tables, then the five 附件 self-evaluation tables (one department-wide, four projects)
            assertThat(tables).hasSize(TITLES.size() + 5);
            for (int i = 0; i < tables.size(); i++) {
                WebElement table = tables.get(i);
                String title = table.findElement(By.cssSelector(".title")).getText();
                assertThat(title).endsWith(i < TITLES.size() ? TITLES.get(i) : "绩效自评表");
                assertThat(table.getSize().getWidth()).isPositive();
                assertThat(table.findElement(By.cssSelector("table.grid")).getSize().getHeight()).isPositive();
                assertThat(table.findElement(By.cssSelector(i < TITLES.size() ? "thead th" : "td")).getText())
                        .isNotBlank();
            }
            List<WebElement> charts = browser.driver.findElements(By.cssSelector("figure svg"));
            assertThat(charts).hasSize(4);
            for (WebElement chart : charts) {
                assertThat(chart.getSize().getWidth()).isPositive();
                assertThat(chart.getSize().getHeight()).isPositive();
                Object drawnText = browser.driver.executeScript("return Array.from(arguments[0]"
                        + ".querySelectorAll('text')).filter(t => t.getBBox().width > 0).length", chart);
                assertThat(((Number) drawnText).intValue()).as("labels drawn in a chart").isPositive();
            }
            assertThat(browser.driver.findElements(By.tagName("figcaption"))).extracting(WebElement::getText)
                    .containsExactly("图1：收、支决算总计变动情况", "图2：收入决算结构", "图3：支出决算结构",
                            "图4：财政拨款收、支决算总计变动情况");
            assertCjkFont(browser.platformFonts("h1"));
            assertCjkFont(browser.platformFonts("section.printed-table .title"));
            assertCjkFont(browser.platformFonts("figure svg text"));
            Path screenshot = browser.fullPageScreenshot("report-2024");
            assertThat(Files.size(screenshot)).isPositive();
        }
    }

    /** The year published, waiting while the import is not yet settled; returns the publication's URL. */
    static String publish(SeedYear.Loaded seed) throws InterruptedException {
        String publications = seed.services().queryUrl + "/api/v1/departments/" + SeedYear.DEPARTMENT
                + "/years/2024/publications";
        for (int attempt = 0; ; attempt++) {
            Http.Answer answer = Http.post("publisher", publications + "?minPosition=" + seed.importPosition(), "application/json",
                    "{\"note\":\"2024年度部门决算公开\"}");
            if (answer.status() == 201) {
                return publications + "/" + answer.body().path("id").asLong();
            }
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(503);
            assertThat(attempt).as("the import did not settle").isLessThan(10);
            Thread.sleep(1000);
        }
    }

    private static void assertCjkFont(Map<String, Integer> used) {
        assertThat(used).as("fonts Chromium drew with").isNotEmpty()
                .allSatisfy((family, glyphs) -> assertThat(family).containsAnyOf("CJK", "Han Sans", "Hei", "Song"));
    }
}
