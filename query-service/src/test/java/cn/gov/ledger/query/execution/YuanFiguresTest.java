package cn.gov.ledger.query.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Execution figures are exact fen inside and yuan text with two decimals where they leave. */
@Tag("fast")
class YuanFiguresTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aRowIsWrittenWithYuanStringsInTheContractsOrder() throws Exception {
        ExecutionRow row = new ExecutionRow("2010350", "2010350", "事业运行", 3, null, null, null, null, null, null,
                1_273_960_000L, 1_273_960_050L, new BigDecimal("100.0"), new BigDecimal("50.3"), false);

        assertThat(json.writeValueAsString(row)).isEqualTo("{\"key\":\"2010350\",\"code\":\"2010350\","
                + "\"name\":\"事业运行\",\"level\":3,\"budget\":\"12739600.00\",\"spent\":\"12739600.50\","
                + "\"available\":\"-0.50\",\"rate\":\"100.0\",\"gap\":\"50.3\",\"lagging\":false}");
    }

    @Test
    void aRowWithoutBudgetHasNoRateOrGap() throws Exception {
        ExecutionRow row = new ExecutionRow("total", null, "合计", 0, null, null, null, null, null, null, 0, 150, null,
                null, false);

        assertThat(json.writeValueAsString(row)).isEqualTo("{\"key\":\"total\",\"name\":\"合计\",\"level\":0,"
                + "\"budget\":\"0.00\",\"spent\":\"1.50\",\"available\":\"-1.50\",\"rate\":null,\"gap\":null,"
                + "\"lagging\":false}");
    }

    @Test
    void aMonthIsWrittenWithYuanStrings() throws Exception {
        MonthPoint month = new MonthPoint(6, LocalDate.of(2024, 6, 30), 100, -1, new BigDecimal("-1.0"),
                new BigDecimal("49.7"));

        assertThat(json.writeValueAsString(month)).isEqualTo("{\"month\":6,\"through\":\"2024-06-30\","
                + "\"budget\":\"1.00\",\"spent\":\"-0.01\",\"rate\":\"-1.0\",\"timeProgress\":\"49.7\"}");
    }

    @Test
    void pagesGroupThousandsOfYuan() {
        Grouping fmt = new Grouping();
        assertThat(fmt.yuan(123_456_789L)).isEqualTo("1,234,567.89");
        assertThat(fmt.yuan(-50)).isEqualTo("-0.50");
        assertThat(fmt.yuan(0)).isEqualTo("0.00");
    }
}
