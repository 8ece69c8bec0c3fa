package cn.gov.ledger.query.report;

import cn.gov.ledger.query.report.PrintedTable.Cell;
import cn.gov.ledger.query.tables.TableView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A served table in the published layout: the title line "YYYY年度" + title, the profile's number,
 * 部门, 单位：万元, the header and body of its kind, and the note printed under it in the customer's report.
 */
final class TableLayouts {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final String REPORT_NOTE = "本表反映部门本年度";
    private static final Map<String, List<String>> NOTES = Map.of(
            "01", List.of("注：1. " + REPORT_NOTE + "的总收支和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。"),
            "02", List.of("注：" + REPORT_NOTE + "取得的各项收入情况。"),
            "03", List.of("注：" + REPORT_NOTE + "各项支出情况。"),
            "04", List.of("注：" + REPORT_NOTE + "一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总支出和年末结转结余情况。"),
            "05", List.of("注：" + REPORT_NOTE + "一般公共预算财政拨款支出情况。"),
            "06", List.of("注：" + REPORT_NOTE + "一般公共预算财政拨款基本支出明细情况。"),
            "07", List.of("注：" + REPORT_NOTE + "政府性基金预算财政拨款收入、支出及结转和结余情况。"),
            "08", List.of("注：" + REPORT_NOTE + "国有资本经营预算财政拨款支出情况。"),
            "09", List.of("注：" + REPORT_NOTE + "财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，"
                    + "反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。"));
    /** What a table with nothing in it says instead, after "本部门YYYY年度". */
    private static final Map<String, String> NOTHING = Map.of(
            "07", "无政府性基金预算财政拨款收入支出。",
            "08", "无国有资本经营预算财政拨款支出。");

    private TableLayouts() {
    }

    static PrintedTable print(TableView view, LayoutProfile profile) {
        String table = view.table();
        List<List<Cell>> heads;
        List<List<Cell>> body;
        int columns;
        switch (table) {
            case "01", "04" -> {
                heads = TwoSidedLayout.heads(view);
                body = TwoSidedLayout.body(view);
                columns = TwoSidedLayout.columns(view);
            }
            case "06" -> {
                heads = EconomicLayout.heads();
                body = EconomicLayout.body(view);
                columns = EconomicLayout.columns();
            }
            case "09" -> {
                heads = ThreePublicLayout.heads(view);
                body = ThreePublicLayout.body(view);
                columns = ThreePublicLayout.columns(view);
            }
            default -> {
                heads = FunctionalLayout.heads(view);
                body = FunctionalLayout.body(view);
                columns = FunctionalLayout.columns(view);
            }
        }
        return new PrintedTable(table, profile.label(table), profile.sheetName(table),
                view.fiscalYear() + "年度" + view.title(), department(view), heads, body, columns,
                NOTES.getOrDefault(table, List.of()), empty(view), basis(view));
    }

    /** "本部门2024年度无…" when the table has a sentence for that and every figure in it is zero. */
    static String empty(TableView view) {
        String nothing = NOTHING.get(view.table());
        boolean allZero = view.rows().stream().flatMap(row -> row.cells().values().stream())
                .allMatch(fen -> Amounts.ofFen(fen).signum() == 0);
        return nothing != null && allZero ? "本部门" + view.fiscalYear() + "年度" + nothing : null;
    }

    private static String department(TableView view) {
        String name = view.departmentName() == null ? view.department() : view.departmentName();
        return "部门：" + name + (view.unit() == null ? "" : "（单位 " + view.unit() + "）");
    }

    /** Which ledger state the figures are, so a printed table can be reproduced exactly (the auditor's view). */
    static String basis(TableView view) {
        return "数据口径：业务日期截至" + view.asOf() + "，账簿事件位置" + view.position() + "，记录时点"
                + (view.knownAt() == null ? "至今" : RECORDED.format(view.knownAt()) + "（北京时间）");
    }
}
