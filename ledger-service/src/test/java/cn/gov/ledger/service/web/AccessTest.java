package cn.gov.ledger.service.web;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.service.LedgerClient;
import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each role's allowed and refused writes, over HTTP with real Basic credentials, and the actor they record. */
class AccessTest extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private Map<String, Object> appropriation() {
        return basicLine("amount", "1000.00", "businessDate", "2024-01-05", "documentNo", "WC-2024-APP-9");
    }

    private Map<String, Object> expenditure() {
        return basicLine("economicCode", "30201", "amount", "10.00", "businessDate", "2024-03-15",
                "voucherNo", "记-1", "payee", "某公司");
    }

    @Test
    void anAnonymousWriteIs401AsAProblemWithTheRequestId() {
        Answer refused = client.anonymous().post("/api/v1/expenditures", expenditure(), "X-Request-Id", "anon-1");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("type").asText()).isEqualTo("/problems/unauthenticated");
        assertThat(refused.body().path("requestId").asText()).isEqualTo("anon-1");
        assertThat(client.anonymous().get("/api/v1/departments").status()).isEqualTo(401);
    }

    @Test
    void budgetsAreTheOfficersAndPostingsTheClerksEachRecordedUnderItsAuthor() {
        LedgerClient clerk = client.as("clerk");
        LedgerClient officer = client.as("officer");
        assertForbidden(clerk.post("/api/v1/budget/appropriations", appropriation()));
        Answer budget = officer.post("/api/v1/budget/appropriations", appropriation());
        assertThat(budget.status()).as(budget.body().toString()).isEqualTo(201);
        assertForbidden(officer.post("/api/v1/expenditures", expenditure()));
        Answer paid = clerk.post("/api/v1/expenditures", expenditure());
        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
        assertThat(actorOf(BudgetAppropriated.class, budget)).isEqualTo("officer");
        assertThat(actorOf(ExpenditureRecorded.class, paid)).isEqualTo("clerk");

        String reversals = "/api/v1/entries/" + paid.body().path("entryId").asText() + "/reversals";
        assertForbidden(client.as("auditor").post(reversals, body("reason", "错")));
        assertThat(clerk.post(reversals, body("reason", "错")).status()).isEqualTo(201);
    }

    @Test
    void registrationIsTheAdministratorsAndYearCloseTheOfficers() {
        assertForbidden(client.as("officer").post("/api/v1/departments", body("code", "x" + department, "name", "某")));
        assertForbidden(client.as("clerk").post("/api/v1/catalogues/2024/functional", "code,name\n"));
        String close = "/api/v1/departments/" + department + "/units/" + unit + "/years/2023/close";
        assertForbidden(client.as("clerk").post(close, ""));
        assertThat(client.as("officer").post(close, "").status()).isEqualTo(200);
    }

    @Test
    void procurementIsTheClerksAndProjectsTheOfficers() {
        assertForbidden(client.as("officer").post("/api/v1/procurement/contracts", body("department", department)));
        assertForbidden(client.as("clerk").post("/api/v1/departments/" + department + "/projects",
                body("name", "某项目")));
        assertForbidden(client.as("publisher").post("/api/v1/departments/" + department + "/statistics",
                body("kind", "VEHICLES_ON_FISCAL_BOOKS")));
    }

    @Test
    void anImportPostsOnlyTheRowsItsAuthorMayPostOneByOne() {
        String csv = "type,department,unit,fiscalYear,source,functionalCode,expenditureType,project,economicCode,"
                + "amount,businessDate,documentNo,voucherNo,payee,memo,reason\n"
                + "APPROPRIATION," + department + "," + unit + ",2024,GENERAL_PUBLIC_BUDGET,2010350,BASIC,,,"
                + "1000.00,2024-01-05,D-1,,,,\n";
        Answer byClerk = client.as("clerk").postCsv("/api/v1/imports", csv);
        assertThat(byClerk.status()).isEqualTo(422);
        assertThat(byClerk.body().path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(byClerk.body().path("errors").get(0).path("message").asText()).contains("BUDGET_OFFICER");
        assertForbidden(client.as("auditor").postCsv("/api/v1/imports", csv));
        Answer byOfficer = client.as("officer").postCsv("/api/v1/imports", csv);
        assertThat(byOfficer.status()).as(byOfficer.body().toString()).isEqualTo(200);
        assertThat(byOfficer.body().path("posted").asInt()).isEqualTo(1);
    }

    @Test
    void anyUserReadsAndAProblemCarriesTheRequestId() {
        assertThat(client.as("auditor").get("/api/v1/departments").status()).isEqualTo(200);
        Map<String, Object> badAmount = expenditure();
        badAmount.put("amount", "12.345");
        Answer invalid = client.as("clerk").post("/api/v1/expenditures", badAmount, "X-Request-Id", "bad-amount");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body().path("requestId").asText()).isEqualTo("bad-amount");
    }

    @Test
    void theApiDocumentIsPublicWithTheContractsPathsAndBasicAuthentication() {
        var api = client.anonymous().get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body().path("paths").fieldNames()).toIterable().contains("/api/v1/departments",
                "/api/v1/departments/{department}/units", "/api/v1/budget/appropriations", "/api/v1/budget/adjustments",
                "/api/v1/income", "/api/v1/expenditures", "/api/v1/entries/{entryId}/reversals",
                "/api/v1/departments/{department}/units/{unit}/years/{year}/close", "/api/v1/imports");
        assertThat(api.body().path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
        assertThat(api.body().path("paths").path("/api/v1/budget/appropriations").path("post").path("requestBody")
                .path("content").path("application/json").toString()).contains("175200.00");
    }

    @Test
    void aBrowserIsSentToTheLoginFormWithTheLedgersOwnSessionCookie() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/console/")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("LEDGER_SESSION=")
                .contains("SameSite=Lax");
    }

    @Test
    void aCrossSiteImportRidingOnTheConsoleSessionPostsNothing() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as(form.body()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Cookie", cookie(form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=officer&password=officer-dev&_csrf="
                        + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String csv = "type,department,unit,fiscalYear,source,functionalCode,expenditureType,project,economicCode,"
                + "amount,businessDate,documentNo,voucherNo,payee,memo,reason\n"
                + "APPROPRIATION," + department + "," + unit + ",2024,GENERAL_PUBLIC_BUDGET,2010350,BASIC,,,"
                + "1000.00,2024-01-05,D-1,,,,\n";
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/imports")).header("Cookie", cookie(login)).header("Content-Type", "text/plain")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE department = ?", Long.class,
                department)).isZero();
    }

    @Test
    void pathsTheContainerOrTheFirewallRefuseAreProblemsToo() throws Exception {
        for (String path : new String[] {"/api/v1/a%2Fb", "/api/v1/%2e%2e/departments", "/api/v1/x/..;/departments"}) {
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).as(path)
                    .startsWith("application/problem+json");
            assertThat(refused.body()).as(path).contains("\"type\":\"/problems/malformed\"");
        }
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private static void assertForbidden(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("type").asText()).isEqualTo("/problems/forbidden");
    }

    /** The actor in the metadata of the one event of {@code type} that the posting answered with. */
    private String actorOf(Class<?> type, Answer posted) {
        return jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'actor' FROM domain_event_entry"
                + " WHERE payload_type = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'entryId' = ?", String.class,
                type.getName(), posted.body().path("entryId").asText());
    }
}
