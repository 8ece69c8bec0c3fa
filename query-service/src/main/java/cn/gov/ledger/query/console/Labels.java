package cn.gov.ledger.query.console;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The finance office's words for the tables, entry kinds, event roles, sources and expenditure types. */
final class Labels {

    static final Map<String, String> TABLES = ordered("01", "收入支出决算总表", "02", "收入决算表", "03", "支出决算表",
            "04", "财政拨款收入支出决算总表", "05", "一般公共预算财政拨款支出决算表",
            "06", "一般公共预算财政拨款基本支出决算明细表", "07", "政府性基金预算财政拨款收入支出决算表",
            "08", "国有资本经营预算财政拨款支出决算表", "09", "财政拨款“三公”经费支出决算表");

    static final Map<String, String> KINDS = ordered("APPROPRIATION", "预算下达", "ADJUSTMENT", "预算调整",
            "INCOME", "收入", "EXPENDITURE", "支出", "OPENING_BALANCE", "年初结转和结余");

    static final Map<String, String> ROLES = ordered("posted", "记账", "reversed-by", "被冲销", "reverses", "冲销原分录");

    static final Map<String, String> EVENTS = ordered("BudgetAppropriated", "预算下达", "BudgetAdjusted", "预算调整",
            "IncomeRecorded", "收入记账", "ExpenditureRecorded", "支出记账", "EntryReversed", "冲销",
            "YearClosed", "年度结账");

    static final Map<String, String> SIDES = ordered("income", "收入", "expenditure", "支出");

    static final Map<String, String> SOURCES = Arrays.stream(FundingSource.values())
            .collect(Collectors.toMap(FundingSource::name, FundingSource::label));

    static final Map<String, String> TYPES = Arrays.stream(ExpenditureType.values())
            .collect(Collectors.toMap(ExpenditureType::name, ExpenditureType::label));

    private Labels() {
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return map;
    }
}
