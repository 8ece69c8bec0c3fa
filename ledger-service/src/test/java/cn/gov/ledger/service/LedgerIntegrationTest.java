package cn.gov.ledger.service;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP tests: one ledger-service on a fresh database, shared by the test classes (each test
 * registers its own department, so tests never see each other's figures).
 */
@LedgerTest
public abstract class LedgerIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper json;

    protected LedgerClient client;
    protected StoredEvents events;
    protected String department;
    protected String unit;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.sharedDatabase("ledger"));
        // Spring caches every distinct test context with its pool: keep idle pools small, or a whole
        // suite's cached contexts fill the server's connection slots.
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }

    @BeforeEach
    void registerUnit() {
        client = new LedgerClient(port);
        events = new StoredEvents(jdbc, json);
        department = "d" + UUID.randomUUID().toString().substring(0, 8);
        unit = department + "-bj";
        assertThat(client.post("/api/v1/departments", body("code", department, "name", "测试部门")).status())
                .isEqualTo(201);
        assertThat(client.post("/api/v1/departments/" + department + "/units",
                body("code", unit, "name", "测试部门(本级)")).status()).isEqualTo(201);
    }

    /** Budget-line fields for a basic line of 2010350 事业运行 in 2024 from the general public budget. */
    protected Map<String, Object> basicLine(Object... more) {
        Map<String, Object> fields = body("department", department, "unit", unit, "fiscalYear", "2024",
                "functionalCode", "2010350", "source", "GENERAL_PUBLIC_BUDGET", "expenditureType", "BASIC");
        fields.putAll(body(more));
        return fields;
    }

    protected LedgerClient.Answer appropriate(String amount, Object... more) {
        Map<String, Object> fields = basicLine(more);
        fields.putIfAbsent("amount", amount);
        fields.putIfAbsent("businessDate", "2024-01-05");
        fields.putIfAbsent("documentNo", "WC-2024-APP-001");
        return client.post("/api/v1/budget/appropriations", fields);
    }

    protected LedgerClient.Answer spend(String amount, String economicCode, Object... more) {
        Map<String, Object> fields = basicLine(more);
        fields.putIfAbsent("economicCode", economicCode);
        fields.putIfAbsent("amount", amount);
        fields.putIfAbsent("businessDate", "2024-03-15");
        fields.putIfAbsent("voucherNo", "记-2024-03-0001");
        fields.putIfAbsent("payee", "武汉某物业公司");
        return client.post("/api/v1/expenditures", fields);
    }
}
