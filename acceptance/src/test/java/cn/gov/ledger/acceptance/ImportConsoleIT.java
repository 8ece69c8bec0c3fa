package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk's 批量导入 in headless Chromium with an Excel workbook: a refused workbook lists its bad row by sheet
 * row and column; a workbook of 100,000 rows shows its progress (rows checked, then rows posted) while it runs,
 * then its counts; the entries list pages through what was posted with its filters kept. Screenshots go to
 * target/screenshots.
 */
@ExtendWith(SeedYear.class)
@EnabledIf("cn.gov.ledger.acceptance.ConsoleIT#canRun")
class ImportConsoleIT {

    private static final String DEPT = "imports";
    private static final String UNIT = "imports-bj";
    private static final int ROWS = 100_000;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aWorkbookOfAHundredThousandRowsShowsItsProgressAndItsEntriesArePaged(SeedYear.Loaded seed) throws Exception {
        String ledger = seed.services().ledgerUrl;
        assertThat(Http.post("admin", ledger + "/api/v1/departments", "application/json",
                "{\"code\":\"" + DEPT + "\",\"name\":\"导入验收中心\"}").status()).isEqualTo(201);
        assertThat(Http.post("admin", ledger + "/api/v1/departments/" + DEPT + "/units", "application/json",
                "{\"code\":\"" + UNIT + "\",\"name\":\"导入验收中心（本级）\"}").status()).isEqualTo(201);
        browser.driver.get(ledger + "/console/imports");
        browser.driver.findElement(By.id("username")).sendKeys("admin");
        browser.driver.findElement(By.id("password")).sendKeys("admin-dev");
        browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.driver.get(ledger + "/console/imports");
        assertThat(browser.driver.findElement(By.id("template-xlsx")).getAttribute("href"))
                .endsWith("/console/imports/template?format=xlsx");

        Path refused = ImportWorkbooks.write(DEPT, UNIT, 1000, 3, 10, 4);
        upload(refused);
        String errors = waitFor(Duration.ofMinutes(1), By.id("bad-rows")).getText();
        assertThat(errors).contains("文件未导入：1 处错误").contains("行 4").contains("列 金额").contains("须大于零");
        browser.screenshot("import-01-refused-workbook");

        Path big = ImportWorkbooks.write(DEPT, UNIT, 2_000_000, ROWS, 12.5, 0);
        upload(big);
        String checking = new WebDriverWait(browser.driver, Duration.ofMinutes(3)).pollingEvery(Duration.ofMillis(200))
                .until(d -> {
                    String text = d.findElement(By.id("progress-text")).getText();
                    return text.contains("已检查") && !text.contains("已检查 0 /") ? text : null;
                });
        assertThat(checking).contains("/ 100,001 行");
        browser.screenshot("import-02-progress-checking");
        String posting = new WebDriverWait(browser.driver, Duration.ofMinutes(5)).pollingEvery(Duration.ofMillis(200))
                .until(d -> {
                    String text = d.findElements(By.id("progress-text")).stream().map(e -> e.getText()).findFirst()
                            .orElse("");
                    return text.contains("已记账") && !text.contains("已记账 0 /") ? text : null;
                });
        assertThat(posting).contains("/ 100,001 笔");
        browser.screenshot("import-03-progress-posting");
        String done = waitFor(Duration.ofMinutes(10), By.id("imported")).getText();
        assertThat(done).contains("共 100,001 行，记账 100,001 笔");
        browser.screenshot("import-04-imported");
        Files.deleteIfExists(refused);
        Files.deleteIfExists(big);

        browser.driver.get(ledger + "/console/entries?department=" + DEPT + "&kind=EXPENDITURE");
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-entry]"))).hasSize(50);
        browser.driver.findElement(By.id("older-page")).click();
        assertThat(browser.driver.getCurrentUrl()).contains("department=" + DEPT).contains("kind=EXPENDITURE")
                .contains("before=");
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-entry]"))).hasSize(50);
        assertThat(browser.driver.findElement(By.cssSelector("select[name=kind] option[selected]")).getText())
                .isEqualTo("支出");
        browser.fullPageScreenshot("import-05-entries-second-page");
    }

    private static void upload(Path file) {
        browser.driver.get(browser.driver.getCurrentUrl().replaceAll("\\?.*", ""));
        browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
    }

    private static org.openqa.selenium.WebElement waitFor(Duration timeout, By by) {
        return new WebDriverWait(browser.driver, timeout).pollingEvery(Duration.ofMillis(500))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
