package cn.gov.ledger.query.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Table figures are exact fen inside and become 万元 text only where printed: rounded once, half-up. */
@Tag("fast")
class WanYuanTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonAndCsvPrintPlainTwoDecimalsRoundedHalfUpOnce() {
        assertThat(WanYuan.plain(4_368_790_000L)).isEqualTo("4368.79");
        assertThat(WanYuan.plain(0)).isEqualTo("0.00");
        assertThat(WanYuan.plain(4_368_795_000L)).as("exactly half a cent of 万元 goes up").isEqualTo("4368.80");
        assertThat(WanYuan.plain(4_368_794_999L)).isEqualTo("4368.79");
        assertThat(WanYuan.plain(1_234_567_890_000L)).as("no thousands separators in JSON").isEqualTo("1234567.89");
    }

    @Test
    void negativesRoundAwayFromZeroAtTheHalfAndNeverPrintMinusZero() {
        assertThat(WanYuan.plain(-5_000)).isEqualTo("-0.01");
        assertThat(WanYuan.plain(-4_999)).isEqualTo("0.00");
        assertThat(WanYuan.plain(-2_022_815_000L)).isEqualTo("-2022.82");
    }

    @Test
    void pagesGroupThousandsAndLeaveWhatPrintsAsZeroBlank() {
        assertThat(WanYuan.grouped(1_234_567_895_000L)).isEqualTo("1,234,567.90");
        assertThat(WanYuan.grouped(-123_456_785_000L)).isEqualTo("-123,456.79");
        assertThat(WanYuan.grouped(800_000)).isEqualTo("0.80");
        assertThat(WanYuan.grouped(0)).isEmpty();
        assertThat(WanYuan.grouped(4_999)).as("0.004999 万元 prints as zero").isEmpty();
    }

    @Test
    void theFenOfAPrintedFigureIsAWholeCentOfWanYuan() {
        assertThat(WanYuan.printedFen(4_368_795_000L)).isEqualTo(4_368_800_000L);
        assertThat(WanYuan.printedFen(-5_000)).isEqualTo(-10_000);
        assertThat(WanYuan.printedFen(4_999)).isZero();
    }

    @Test
    void aRowIsWrittenInTheContractsShapeAndAKeptRowReadsBackToTheSameBytes() throws Exception {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("total", 43_687_895_000L);
        cells.put("basic", -5_000L);
        cells.put("project", 0L);
        TableRow row = new TableRow("201", "201", "一般公共服务支出", 1, null, null, cells);

        String written = json.writeValueAsString(row);

        assertThat(written).isEqualTo("{\"key\":\"201\",\"code\":\"201\",\"name\":\"一般公共服务支出\",\"level\":1,"
                + "\"cells\":{\"total\":\"43687.90\",\"basic\":\"-0.01\",\"project\":\"0.00\"}}");
        TableRow kept = json.readValue(written, TableRow.class);
        assertThat(kept.cells()).containsExactly(Map.entry("total", 43_687_900_000L), Map.entry("basic", -10_000L),
                Map.entry("project", 0L));
        assertThat(json.writeValueAsString(kept)).isEqualTo(written);
    }
}
