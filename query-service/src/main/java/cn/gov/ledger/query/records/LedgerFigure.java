package cn.gov.ledger.query.records;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure of 十 or 十三 the ledger holds, as the facts that make it up: the WHERE clause over query.fact
 * (besides department and slice) and the years it spans. The same clause sums the figure and lists its entries.
 */
enum LedgerFigure {
    /** 预算数 of a project: appropriations and adjustments on its lines. */
    PROJECT_BUDGET("project = ? AND kind IN ('APPROPRIATION', 'ADJUSTMENT')", true),
    /** 执行数 of a project: payments on its lines. */
    PROJECT_EXECUTION("project = ? AND kind = 'EXPENDITURE'", true),
    /** 部门整体支出总额 预算数: the year's whole budget, appropriations and adjustments. */
    DEPARTMENT_BUDGET("kind IN ('APPROPRIATION', 'ADJUSTMENT')", false),
    /** 部门整体支出总额 执行数: the year's spending. */
    DEPARTMENT_EXECUTION("kind = 'EXPENDITURE'", false),
    /** 基本支出总额. */
    BASIC_EXPENDITURE("kind = 'EXPENDITURE' AND expenditure_type = 'BASIC'", false),
    /** 项目支出总额. */
    PROJECT_EXPENDITURE("kind = 'EXPENDITURE' AND expenditure_type = 'PROJECT'", false),
    /**
     * 机关运行经费: general-public-budget basic spending on 公用经费 (商品和服务支出 302, 资本性支出 310) of
     * 行政单位 and 参照公务员法管理的事业单位.
     */
    OPERATING_COSTS("kind = 'EXPENDITURE' AND source = 'GENERAL_PUBLIC_BUDGET' AND expenditure_type = 'BASIC'"
            + " AND (economic_code LIKE '302%' OR economic_code LIKE '310%') AND unit IN (SELECT code FROM query.unit"
            + " WHERE department = fact.department AND unit_type IN ('ADMINISTRATIVE', 'CIVIL_SERVANT_MANAGED'))",
            false);

    private final String condition;
    private final boolean perProject;

    LedgerFigure(String condition, boolean perProject) {
        this.condition = condition;
        this.perProject = perProject;
    }

    String condition() {
        return condition;
    }

    boolean perProject() {
        return perProject;
    }

    /** The path segment: project-budget, operating-costs, … */
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<LedgerFigure> ofCode(String code) {
        return List.of(values()).stream().filter(figure -> figure.code().equals(code)).findFirst();
    }
}
