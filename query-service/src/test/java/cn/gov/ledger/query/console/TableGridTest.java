package cn.gov.ledger.query.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The console's table page prints a row's exact fen as grouped 万元 and links every figure that is not zero. */
@Tag("fast")
class TableGridTest {

    @Test
    void figuresAreGroupedAndWhatPrintsAsZeroIsBlankWithoutALink() {
        List<TableView.Column> columns = List.of(new TableView.Column("amount", "金额"),
                new TableView.Column("other", "其他"), new TableView.Column("tiny", "尾数"));
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("amount", -1_234_567_895_000L);
        cells.put("other", 0L);
        cells.put("tiny", -4_999L);
        TableView view = new TableView("06", "t", "d", "部门", 2024, null, LocalDate.of(2024, 12, 31), null, 1,
                TableView.CURRENCY_UNIT, columns, List.of(new TableRow("301", "301", "工资福利支出", 1, null, null, cells)));

        List<TableGrid.Cell> printed = TableGrid.of(view, (row, column) -> "/cell/" + row.key() + "/" + column)
                .lines().get(0).cells();

        assertThat(printed).containsExactly(new TableGrid.Cell("amount", "-1,234,567.90", "/cell/301/amount"),
                new TableGrid.Cell("other", "", null), new TableGrid.Cell("tiny", "", null));
    }
}
