package cn.gov.ledger.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One budget line the harness appropriates and then spends on. The set is derived from the department
 * code alone, so that {@code setup}, {@code post} and {@code import} agree on it without shared state.
 */
record BudgetLine(String unit, String functionalCode, String expenditureType, String project) {

    static final String SOURCE = "GENERAL_PUBLIC_BUDGET";
    /** Real 项 codes of the 2024 catalogue the ledger ships, so every posting passes code validation. */
    static final List<String> FUNCTIONAL_CODES =
            List.of("2010301", "2010302", "2010350", "2010399", "2080505", "2101102", "2210201");
    /** 款 codes an expenditure carries; the lines have none, so every one draws on the general line. */
    static final List<String> ECONOMIC_CODES = List.of("30201", "30226", "30213");
    private static final Map<String, String> PROJECTS = Map.of("2010302", "办公信息化建设", "2010399", "档案数字化");

    static List<String> units(String department) {
        return List.of(department + "-u1", department + "-u2");
    }

    /** Every line of the department: per unit, one BASIC line per code and two PROJECT lines. */
    static List<BudgetLine> of(String department) {
        List<BudgetLine> lines = new ArrayList<>();
        for (String unit : units(department)) {
            FUNCTIONAL_CODES.forEach(code -> lines.add(new BudgetLine(unit, code, "BASIC", null)));
            PROJECTS.keySet().stream().sorted()
                    .forEach(code -> lines.add(new BudgetLine(unit, code, "PROJECT", PROJECTS.get(code))));
        }
        return List.copyOf(lines);
    }

    /** The first {@code count} lines (one when hot): fewer lines means more contention per line. */
    static List<BudgetLine> pick(String department, int count, boolean hot) {
        List<BudgetLine> all = of(department);
        return all.subList(0, hot ? 1 : Math.min(count, all.size()));
    }

    /** The budget-line fields of a JSON request, in contract order; project only for PROJECT. */
    Map<String, Object> fields(String department, int year) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("department", department);
        fields.put("unit", unit);
        fields.put("fiscalYear", year);
        fields.put("source", SOURCE);
        fields.put("functionalCode", functionalCode);
        fields.put("expenditureType", expenditureType);
        if (project != null) {
            fields.put("project", project);
        }
        return fields;
    }

    String key() {
        return unit + "/" + functionalCode + "/" + expenditureType;
    }
}
