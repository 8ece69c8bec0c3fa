package cn.gov.ledger.service.imports;

import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns an import file may have, by the API's field name or by the Chinese header the finance office
 * writes (the contract's list), in the template's order. A header may add a unit in brackets ("金额（元）").
 */
public final class ImportColumns {

    /** Field name → the Chinese header, in the order the template lays the columns out. */
    public static final Map<String, String> LABELS = labels();

    /** What the template's 填写说明 sheet says about each column. */
    static final Map<String, String> HELP = Map.ofEntries(
            Map.entry("type", "必填。预算指标、预算调整、收入 或 支出（也可填 APPROPRIATION、ADJUSTMENT、INCOME、EXPENDITURE）"),
            Map.entry("department", "必填。部门编码，如 wcjgsw"),
            Map.entry("unit", "必填。单位编码，如 wcjgsw-bj"),
            Map.entry("fiscalYear", "必填。预算年度，四位数字，如 2024"),
            Map.entry("source", "必填。资金来源，从下拉列表选择，如 一般公共预算财政拨款"),
            Map.entry("functionalCode", "必填。功能分类科目（项，7 位），可带名称，如 2010350 事业运行"),
            Map.entry("expenditureType", "收入不填，其余必填。从下拉列表选择：基本支出、项目支出等"),
            Map.entry("project", "项目支出填项目名称"),
            Map.entry("economicCode", "支出必填。经济分类科目（款，5 位），可带名称，如 30201 办公费"),
            Map.entry("amount", "必填。金额（元），最多两位小数；预算调整追减填负数"),
            Map.entry("businessDate", "必填。业务日期，如 2024-03-15，须在预算年度内；日期单元格亦可"),
            Map.entry("documentNo", "指标、调整、收入的文号"),
            Map.entry("voucherNo", "支出的记账凭证号"),
            Map.entry("payee", "支出的收款单位"),
            Map.entry("memo", "摘要"),
            Map.entry("reason", "预算调整必填：调整原因"),
            Map.entry("contractNo", "政府采购支出的合同编号"));

    private ImportColumns() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        String[] pairs = {"type", "类型", "department", "部门", "unit", "单位", "fiscalYear", "预算年度",
            "source", "资金来源", "functionalCode", "功能分类科目", "expenditureType", "支出类型", "project", "项目",
            "economicCode", "经济分类科目", "amount", "金额", "businessDate", "业务日期", "documentNo", "文号",
            "voucherNo", "凭证号", "payee", "收款单位", "memo", "摘要", "reason", "调整原因",
            "contractNo", "合同编号"};
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }

    /** The Chinese header of a field, or the field itself when it is no column (file, header). */
    public static String label(String field) {
        return field == null ? "" : LABELS.getOrDefault(field, field);
    }

    /**
     * The field each header cell names, by position (null for an empty cell); refuses a header without a
     * type column or with a column that is no posting field.
     */
    static List<String> fields(List<String> header) {
        List<String> fields = new ArrayList<>(header.size());
        List<String> unknown = new ArrayList<>();
        for (String cell : header) {
            String name = cell == null ? "" : cell.strip().replaceFirst("^\uFEFF", "");
            String field = field(name);
            if (field == null && !name.isEmpty()) {
                unknown.add(name);
            }
            fields.add(field);
        }
        if (!fields.contains("type") || !unknown.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError(1L, "header",
                    "表头须有“类型”列，其余列须为导入字段 needs a type column and only the columns " + LABELS
                            + "; unknown: " + unknown)));
        }
        return fields;
    }

    private static String field(String header) {
        String bare = header.replaceFirst("\\s*[（(][^）)]*[）)]$", "");
        for (Map.Entry<String, String> column : LABELS.entrySet()) {
            if (column.getKey().equals(header) || column.getValue().equals(bare)) {
                return column.getKey();
            }
        }
        return null;
    }
}
