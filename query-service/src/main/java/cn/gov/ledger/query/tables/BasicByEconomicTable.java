package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.projection.FactKind;
import cn.gov.ledger.query.tables.TableView.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 公开06表 一般公共预算财政拨款基本支出决算明细表: general-public-budget basic expenditure by economic
 * code. 人员经费 = 301 + 303, 公用经费 = 302 + 310 + any other 类. The four printed 类 and the template's
 * 款 always appear; any other 类 or 款 appears when it has an amount. A payment without an economic
 * code still counts (as 公用经费, on its own row) so the two 合计 keep equal to 公开05's 基本支出.
 */
final class BasicByEconomicTable implements TableDefinition {

    private static final List<Column> COLUMNS = List.of(new Column("amount", "决算数"));
    private static final Set<String> PERSONNEL = Set.of("301", "303");
    private static final Set<String> ALWAYS_PRINTED = Set.of("301", "302", "303", "310");
    private static final String UNCLASSIFIED = "unclassified";

    @Override
    public String number() {
        return "06";
    }

    @Override
    public String title() {
        return "一般公共预算财政拨款基本支出决算明细表";
    }

    @Override
    public TableBody build(TableInput input) {
        TreeMap<String, Long> byCode = new TreeMap<>();
        long unclassified = 0;
        for (CubeCell cell : input.cube().cells()) {
            if (cell.is(FactKind.EXPENDITURE) && cell.source() == FundingSource.GENERAL_PUBLIC_BUDGET
                    && cell.expenditureType() == ExpenditureType.BASIC) {
                if (cell.economicCode() == null) {
                    unclassified += cell.amountFen();
                } else {
                    byCode.merge(cell.economicCode(), cell.amountFen(), Long::sum);
                }
            }
        }
        TreeSet<String> classes = new TreeSet<>(ALWAYS_PRINTED);
        TreeSet<String> items = new TreeSet<>();
        input.template().economicItems().forEach(entry -> items.add(entry.code()));
        byCode.forEach((code, amount) -> {
            if (amount != 0) {
                classes.add(EconomicCode.of(code).classCode());
                if (code.length() == 5) {
                    items.add(code);
                }
            }
        });
        long personnel = 0;
        long publicSpending = unclassified;
        List<TableRow> classRows = new ArrayList<>();
        for (String classCode : classes) {
            long classTotal = sumOfClass(byCode, classCode);
            if (PERSONNEL.contains(classCode)) {
                personnel += classTotal;
            } else {
                publicSpending += classTotal;
            }
            classRows.add(Rows.code(classCode, input.names().economic(classCode), COLUMNS, classTotal));
            for (String item : items.subSet(classCode, classCode + "\uffff")) {
                classRows.add(Rows.code(item, input.names().economic(item), COLUMNS, byCode.getOrDefault(item, 0L)));
            }
        }
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow("personnel_total", null, "人员经费合计", 0, null, null, Rows.cells(COLUMNS, personnel)));
        rows.add(new TableRow("public_total", null, "公用经费合计", 0, null, null, Rows.cells(COLUMNS, publicSpending)));
        rows.addAll(classRows);
        if (unclassified != 0) {
            rows.add(new TableRow(UNCLASSIFIED, null, "未列经济分类", 1, null, null, Rows.cells(COLUMNS, unclassified)));
        }
        return new TableBody(COLUMNS, rows);
    }

    private static long sumOfClass(TreeMap<String, Long> byCode, String classCode) {
        long total = 0;
        for (long amount : byCode.subMap(classCode, classCode + "\uffff").values()) {
            total += amount;
        }
        return total;
    }
}
