package cn.gov.ledger.service.console;

import cn.gov.ledger.api.code.EntryKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The finance office's words for the API's field names and entry kinds. */
final class Labels {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("department", "部门"), Map.entry("unit", "单位"), Map.entry("fiscalYear", "预算年度"),
            Map.entry("source", "资金来源"), Map.entry("functionalCode", "功能分类科目（项）"),
            Map.entry("expenditureType", "支出类型"), Map.entry("project", "项目名称"),
            Map.entry("economicCode", "经济分类科目（款）"), Map.entry("amount", "金额（元）"),
            Map.entry("businessDate", "业务日期"), Map.entry("voucherNo", "记账凭证号"),
            Map.entry("payee", "收款单位"), Map.entry("documentNo", "文号"), Map.entry("memo", "摘要"),
            Map.entry("contractNo", "政府采购合同编号"),
            Map.entry("reason", "原因"), Map.entry("file", "文件"), Map.entry("type", "类型"),
            Map.entry("body", "请求"));

    private static final Map<EntryKind, String> KINDS = new EnumMap<>(Map.of(EntryKind.APPROPRIATION, "预算下达",
            EntryKind.ADJUSTMENT, "预算调整", EntryKind.INCOME, "收入", EntryKind.EXPENDITURE, "支出"));

    private Labels() {
    }

    static String field(String name) {
        return name == null ? "" : FIELDS.getOrDefault(name, name);
    }

    static String kind(EntryKind kind) {
        return KINDS.get(kind);
    }

    static Map<EntryKind, String> kinds() {
        return Collections.unmodifiableMap(KINDS);
    }
}
