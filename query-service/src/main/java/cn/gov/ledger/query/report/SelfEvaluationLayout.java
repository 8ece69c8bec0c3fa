package cn.gov.ledger.query.report;

import cn.gov.ledger.api.project.ProjectCategory;
import cn.gov.ledger.api.project.ProjectType;
import cn.gov.ledger.query.records.AnalysisRecord;
import cn.gov.ledger.query.records.Execution;
import cn.gov.ledger.query.records.IndicatorRecord;
import cn.gov.ledger.query.records.ProjectRecord;
import cn.gov.ledger.query.records.SelfEvaluation;
import cn.gov.ledger.query.report.PrintedTable.Cell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A 绩效自评表 in the published layout, as a {@link PrintedTable} of six grid columns (label, 一级, 二级, 三级指标,
 * 年初目标值, 实际完成值) whose body carries the whole form, so the report's HTML fragment and XLSX writer print it.
 */
final class SelfEvaluationLayout {

    private static final int COLUMNS = 6;
    private static final String NOT_REGISTERED = "（项目未登记）";

    private SelfEvaluationLayout() {
    }

    /** The tables in order; {@code number} counts them for sheet names ("附件1", "附件2-1", …). */
    static List<PrintedTable> print(List<SelfEvaluation> tables, String basis) {
        List<PrintedTable> printed = new ArrayList<>();
        int project = 0;
        for (SelfEvaluation table : tables) {
            String sheet = table.project() == null ? "附件1 部门整体绩效自评表" : "附件2-" + (++project) + " " + table.project();
            printed.add(print(table, sheet.replaceAll("[\\\\/?*\\[\\]:]", " "), basis));
        }
        return printed;
    }

    static PrintedTable print(SelfEvaluation t, String sheetName, String basis) {
        List<List<Cell>> body = new ArrayList<>();
        boolean whole = t.project() == null;
        if (whole) {
            body.add(List.of(head("单位名称", 2), text(t.departmentName(), 4)));
            body.add(List.of(head("基本支出总额", 2), amount(t.basicExpenditure().amount(), 1), head("项目支出总额", 1),
                    amount(t.projectExpenditure().amount(), 2)));
        } else {
            ProjectRecord p = t.registered();
            body.add(List.of(head("项目名称", 2), text(t.project(), 4)));
            body.add(List.of(head("主管部门", 2), text(p == null ? NOT_REGISTERED : p.competentDepartment(), 1),
                    head("项目实施单位", 1), text(p == null ? NOT_REGISTERED : p.implementedBy(), 2)));
            body.add(List.of(head("项目类别", 2), text(p == null ? NOT_REGISTERED : ticks(List.of(ProjectCategory.values()),
                    ProjectCategory::label, c -> c.name().equals(p.category())), 4)));
            body.add(List.of(head("项目属性", 2), text(p == null ? NOT_REGISTERED
                    : "1、持续性项目" + box(p.continuing()) + " 2、新增性项目" + box(!p.continuing()), 4)));
            body.add(List.of(head("项目类型", 2), text(p == null ? NOT_REGISTERED : ticks(List.of(ProjectType.values()),
                    ProjectType::label, type -> type.name().equals(p.type())), 4)));
        }
        Execution e = t.execution();
        body.add(List.of(new Cell("预算执行情况（万元）", null, 2, 2, "head"), head("", 1), head("预算数（A）", 1),
                head("执行数（B）", 1), head("执行率（B/A）", 1)));
        String total = whole ? "部门整体支出总额" : e.spansYears() ? "财政资金总额（" + e.fromYear() + "—" + e.toYear()
                + "年累计）" : "年度财政资金总额";
        body.add(List.of(text(total, 1), amount(e.budget().amount(), 1), amount(e.executed().amount(), 1),
                new Cell(e.rate() == null ? "" : e.rate(), null, 1, 1, "amount")));
        indicators(body, t.indicators(), whole);
        AnalysisRecord a = t.analysis();
        body.add(List.of(head("偏差大或目标未完成原因分析", 2), text(a == null ? Annotations.MISSING : a.deviationAnalysis(), 4)));
        body.add(List.of(head("改进措施及结果应用方案", 2), text(a == null ? Annotations.MISSING : a.improvements(), 4)));
        String reported = "填报日期：" + (t.reportedOn() == null ? "未填报" : chinese(t.reportedOn()));
        return new PrintedTable("self-evaluation", reported, sheetName, t.title(), "单位名称：" + t.departmentName(),
                List.of(), body, COLUMNS, List.of(), null, basis);
    }

    /** One block per 年度目标, in the order first printed; 一级指标 cells span their rows. */
    private static void indicators(List<List<Cell>> body, List<IndicatorRecord> rows, boolean whole) {
        List<String> goals = rows.stream().map(IndicatorRecord::goal).distinct().toList();
        int number = 0;
        for (String goal : goals.isEmpty() ? List.of("") : goals) {
            number++;
            List<IndicatorRecord> block = rows.stream().filter(r -> Objects.equals(r.goal(), goal)).toList();
            if (goal != null && !goal.isEmpty()) {
                body.add(List.of(head("年度目标" + number + "：", 2), text(goal, 4)));
            }
            String label = whole ? "年度绩效指标" : "年度绩效目标" + (goals.size() > 1 ? String.valueOf(number) : "");
            List<Cell> heading = new ArrayList<>(List.of(new Cell(label, null, 1, block.size() + 1, "head"),
                    head("一级指标", 1), head("二级指标", 1), head("三级指标", 1), head("年初目标值（A）", 1),
                    head("实际完成值（B）", 1)));
            body.add(heading);
            for (int i = 0; i < block.size(); i++) {
                IndicatorRecord r = block.get(i);
                List<Cell> row = new ArrayList<>();
                if (i == 0 || !block.get(i - 1).level1().equals(r.level1())) {
                    int span = 1;
                    while (i + span < block.size() && block.get(i + span).level1().equals(r.level1())) {
                        span++;
                    }
                    row.add(new Cell(r.level1Label(), null, 1, span, "code"));
                }
                row.addAll(List.of(text(r.level2(), 1), text(r.level3(), 1), text(r.target(), 1),
                        text(r.actual(), 1)));
                body.add(row);
            }
        }
    }

    private static <T> String ticks(List<T> options, Function<T, String> label, java.util.function.Predicate<T> ticked) {
        return options.stream().map(o -> (options.indexOf(o) + 1) + "、" + label.apply(o) + box(ticked.test(o)))
                .collect(Collectors.joining(" "));
    }

    private static String box(boolean ticked) {
        return ticked ? "☑" : "☐";
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static Cell head(String text, int colspan) {
        return new Cell(text, null, colspan, 1, "head");
    }

    private static Cell text(String text, int colspan) {
        return new Cell(text == null ? "" : text, null, colspan, 1, "name wrap");
    }

    private static Cell amount(String wan, int colspan) {
        return new Cell(null, new BigDecimal(wan), colspan, 1, "amount");
    }
}
