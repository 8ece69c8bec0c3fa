package cn.gov.ledger.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerIntegrationTest;
import cn.gov.ledger.service.console.ConsoleBrowser.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The clerk's list of entries: every kind listed, fifty to a page, the filters kept from page to page. */
class EntryListTest extends LedgerIntegrationTest {

    private static final Pattern OLDER = Pattern.compile("id=\"older-page\" href=\"([^\"]+)\"");

    @LocalServerPort
    int serverPort;

    @Test
    void incomeIsListedAndTheListIsPagedWithItsFiltersKept() {
        StringBuilder csv = new StringBuilder("type,department,unit,fiscalYear,source,functionalCode,amount,"
                + "businessDate,documentNo\n");
        for (int i = 1; i <= 51; i++) {
            csv.append(String.join(",", "INCOME", department, unit, "2024", "GENERAL_PUBLIC_BUDGET", "2010350",
                    i + ".00", "2024-02-01", "拨款-" + i)).append('\n');
        }
        assertThat(client.postCsv("/api/v1/imports", csv.toString()).status()).isEqualTo(200);
        ConsoleBrowser browser = new ConsoleBrowser(serverPort, "clerk");

        Page first = browser.get("/console/entries?department=" + department + "&kind=INCOME");
        assertThat(first.status()).isEqualTo(200);
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first.html()).contains("拨款-51").doesNotContain("拨款-1<").contains("一般公共预算财政拨款");
        Matcher older = OLDER.matcher(first.html());
        assertThat(older.find()).as("a link to the older page").isTrue();
        String link = older.group(1).replace("&amp;", "&");
        assertThat(link).contains("department=" + department).contains("kind=INCOME").contains("before=");

        Page second = browser.get(link);
        assertThat(rows(second)).isEqualTo(1);
        assertThat(second.html()).contains("拨款-1<").doesNotContain("id=\"older-page\"")
                .contains("id=\"newest-page\"");
        assertThat(browser.get("/console/entries").status()).as("the default view lists income too").isEqualTo(200);
    }

    private static int rows(Page page) {
        return (int) Pattern.compile("data-entry=\"").matcher(page.html()).results().count();
    }
}
