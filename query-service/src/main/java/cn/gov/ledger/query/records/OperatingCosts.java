package cn.gov.ledger.query.records;

import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.query.slice.Slice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 机关运行经费 (section 十): the general-public-budget 公用经费 of the department's 行政单位 and 参照公务员法管理的
 * 事业单位, with the units and whether each counts, and the sentence that explains the figure.
 */
public record OperatingCosts(String department, int fiscalYear, LocalDate asOf, Instant knownAt, long position,
                             Figure amount, List<Unit> units, String explanation) {

    static final String DEFINITION = "机关运行经费是行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的"
            + "基本支出中的公用经费（商品和服务支出、资本性支出）";

    /** A unit, its type, and whether its spending counts as 机关运行经费. */
    public record Unit(String unit, String name, String unitType, String unitTypeLabel, boolean counted) {
    }

    static OperatingCosts of(Slice s, Figure amount, List<LedgerFigures.UnitType> registered) {
        List<Unit> units = registered.stream().filter(u -> s.unit() == null || s.unit().equals(u.code())).map(u -> {
            UnitType type = u.type() == null ? null : UnitType.valueOf(u.type());
            boolean counted = type == UnitType.ADMINISTRATIVE || type == UnitType.CIVIL_SERVANT_MANAGED;
            return new Unit(u.code(), u.name(), u.type(), type == null ? "未登记类型" : type.label(), counted);
        }).toList();
        List<Unit> outside = units.stream().filter(u -> !u.counted()).toList();
        String explanation = DEFINITION + "。";
        if (!units.isEmpty() && outside.size() == units.size()) {
            explanation += "本部门所属" + names(outside) + "不属于上述单位，故机关运行经费为0。";
        } else if (!outside.isEmpty()) {
            explanation += "所属" + names(outside) + "不属于上述单位，未计入。";
        }
        return new OperatingCosts(s.department(), s.fiscalYear(), s.asOf(), s.fixedAt(), s.position(), amount,
                units, explanation);
    }

    private static String names(List<Unit> units) {
        return String.join("、", units.stream().map(u -> u.name() + "（" + u.unitTypeLabel() + "）").toList());
    }
}
