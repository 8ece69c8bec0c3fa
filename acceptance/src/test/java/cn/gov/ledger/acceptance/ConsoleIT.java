package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk's and an auditor's day in headless Chromium, both services running as processes: the clerk posts an
 * expenditure through the form (code picked from the suggestions, the line's available amount in view, a bad
 * amount refused next to its field), then the auditor sees table 05 change and drills the figure down to the
 * entry, its voucher and its events. Screenshots go to target/screenshots.
 */
@EnabledIf("cn.gov.ledger.acceptance.ConsoleIT#canRun")
class ConsoleIT {

    private static final String DEPT = "console";
    private static final String UNIT = "console-bj";
    private static Services services;
    private static Browser browser;

    static boolean canRun() {
        return TestDatabase.available() && Browser.available();
    }

    @BeforeAll
    static void start() throws Exception {
        services = new Services(TestDatabase.createDatabase("console"));
        String ledger = services.ledgerUrl;
        assertThat(Http.post("admin", ledger + "/api/v1/departments", "application/json",
                "{\"code\":\"" + DEPT + "\",\"name\":\"控制台验收中心\"}").status()).isEqualTo(201);
        assertThat(Http.post("admin", ledger + "/api/v1/departments/" + DEPT + "/units", "application/json",
                "{\"code\":\"" + UNIT + "\",\"name\":\"控制台验收中心（本级）\"}").status()).isEqualTo(201);
        Http.Answer appropriated = Http.post("officer", ledger + "/api/v1/budget/appropriations", "application/json", """
                {"department":"console","unit":"console-bj","fiscalYear":"2024","functionalCode":"2010301",
                 "source":"GENERAL_PUBLIC_BUDGET","expenditureType":"BASIC","amount":"50000.00",
                 "businessDate":"2024-01-05","documentNo":"KZT-2024-001","memo":"年初预算"}""");
        assertThat(appropriated.status()).as(appropriated.body().toString()).isEqualTo(201);
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aClerkPostsAnExpenditureAndAnAuditorDrillsTheChangedFigureDownToIt() throws Exception {
        String table = services.queryUrl + "/console/tables?department=" + DEPT + "&year=2024&table=05";
        open(table);
        assertThat(figures("2010301")).isEmpty();

        open(services.ledgerUrl + "/console/expenditures?department=" + DEPT + "&unit=" + UNIT + "&fiscalYear=2024");
        pick("functionalCode", "行政运行", "2010301");
        pick("economicCode", "办公", "30201");
        waitFor(ExpectedConditions.textToBe(By.id("available-amount"), "50,000.00 元"));
        type("amount", "12.345");
        type("businessDate", "2024-03-15");
        type("voucherNo", "记-2024-03-0099");
        type("payee", "武汉某文具公司");
        browser.screenshot("01-expenditure-form");
        submit();
        WebElement error = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("amount-error")));
        assertThat(error.getText()).contains("最多两位小数");
        assertThat(browser.driver.findElement(By.id("voucherNo")).getAttribute("value")).isEqualTo("记-2024-03-0099");
        waitFor(ExpectedConditions.textToBe(By.id("available-amount"), "50,000.00 元"));
        browser.screenshot("02-amount-refused");
        type("amount", "12000.50");
        submit();
        assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("posted"))).getText())
                .contains("12,000.50").contains("记-2024-03-0099");
        browser.screenshot("03-posted");

        open(table);
        WebElement figure = new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1))
                .until(driver -> {
                    driver.navigate().refresh();
                    return figures("2010301").stream().filter(a -> a.getText().equals("1.20")).findFirst()
                            .orElse(null);
                });
        browser.screenshot("04-table-05");
        figure.click();
        WebElement entries = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("entries")));
        assertThat(browser.driver.findElement(By.id("cell-value")).getText()).isEqualTo("1.20 万元");
        assertThat(entries.getText()).contains("记-2024-03-0099").contains("武汉某文具公司").contains("12,000.50")
                .contains("支出记账").contains("console-");
        browser.screenshot("05-drill-down");
    }

    /** Opens a page, signing in first if the service asks for it. */
    private static void open(String url) {
        browser.driver.get(url);
        if (browser.driver.getCurrentUrl().contains("/login")) {
            login(url.startsWith(services.queryUrl) ? "auditor" : "clerk",
                    url.startsWith(services.queryUrl) ? "auditor-dev" : "clerk-dev");
            browser.driver.get(url);
        }
    }

    private static void login(String user, String password) {
        type("username", user);
        type("password", password);
        browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    /** Types part of a name into a code field and clicks the suggestion with the code wanted. */
    private static void pick(String field, String typed, String code) {
        type(field, typed);
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#field-" + field + " li[data-code='" + code
                + "']"))).click();
        assertThat(browser.driver.findElement(By.id(field)).getAttribute("value")).isEqualTo(code);
    }

    private static void type(String id, String text) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void submit() {
        browser.driver.findElement(By.cssSelector("form.entry button[type=submit]")).click();
    }

    /** The linked figures in the row of the given code of the table on screen. */
    private static List<WebElement> figures(String code) {
        return browser.driver.findElements(By.xpath("//table[@id='sheet']//tr[td[normalize-space()='" + code
                + "']]//td[@data-column='basic']/a"));
    }

    private static <T> T waitFor(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(condition);
    }
}
