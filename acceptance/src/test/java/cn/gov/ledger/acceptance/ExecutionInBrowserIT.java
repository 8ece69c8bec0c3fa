package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The budget officer's 执行进度 page on the seed year in headless Chromium: bars against the time-progress marker,
 * lagging rows tinted, the rows sorted by gap, the monthly curve drawn, and an amount followed to its entries.
 * The page is kept as {@code acceptance/target/screenshots/execution-2024.png}.
 */
@EnabledIf("runnable")
@ExtendWith(SeedYear.class)
class ExecutionInBrowserIT {

    static boolean runnable() {
        return TestDatabase.available() && Browser.available();
    }

    @Test
    void theOfficerSeesLaggingRowsTheCurveAndFollowsAnAmountToItsEntries(SeedYear.Loaded seed) throws Exception {
        String page = seed.services().queryUrl + "/console/execution?department=" + SeedYear.DEPARTMENT
                + "&year=2024&asOf=2024-06-30&threshold=5&minPosition=" + seed.importPosition();
        try (Browser browser = new Browser()) {
            browser.driver.get(page);
            if (browser.driver.getCurrentUrl().contains("/login")) {
                browser.driver.findElement(By.id("username")).sendKeys("officer");
                browser.driver.findElement(By.id("password")).sendKeys("officer-dev");
                browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
                browser.driver.get(page);
            }
            assertThat(browser.driver.findElement(By.id("time-progress")).getText()).isEqualTo("49.7%");
            List<WebElement> lagging = browser.driver.findElements(By.cssSelector("#rows tr.lagging"));
            assertThat(lagging).isNotEmpty();
            assertThat(lagging.get(0).findElement(By.tagName("td")).getCssValue("background-color"))
                    .isNotEqualTo(browser.driver.findElement(By.cssSelector("#rows tr.total td")).getCssValue(
                            "background-color"));
            WebElement marker = browser.driver.findElement(By.cssSelector("#rows tr.total .bar .marker"));
            WebElement track = browser.driver.findElement(By.cssSelector("#rows tr.total .bar"));
            double at = (marker.getLocation().getX() - track.getLocation().getX()) / (double) track.getSize().getWidth();
            assertThat(at).isBetween(0.47, 0.52);
            assertThat(browser.driver.findElement(By.id("spent-line")).getAttribute("points").split(" ")).hasSize(7);
            assertThat(browser.driver.findElement(By.id("time-line")).getSize().getWidth()).isPositive();
            browser.fullPageScreenshot("execution-2024");

            browser.driver.findElement(By.id("sort-gap")).click();
            List<BigDecimal> gaps = browser.driver.findElements(By.cssSelector("#rows tbody tr:not(.total)")).stream()
                    .map(row -> row.getAttribute("data-gap")).filter(gap -> gap != null && !gap.isEmpty())
                    .map(BigDecimal::new).toList();
            assertThat(gaps).isSortedAccordingTo(BigDecimal::compareTo).hasSizeGreaterThan(10);

            WebElement spent = browser.driver.findElement(By.cssSelector("#rows tr[data-key='2010302'] a.spent"));
            String figure = spent.getText();
            spent.click();
            assertThat(browser.driver.findElement(By.id("entries-sum")).getText()).isEqualTo(figure + " 元");
            assertThat(browser.driver.findElements(By.cssSelector("#entries tr.entry"))).isNotEmpty();
            assertThat(Files.size(browser.fullPageScreenshot("execution-entries-2024"))).isPositive();
        }
    }
}
