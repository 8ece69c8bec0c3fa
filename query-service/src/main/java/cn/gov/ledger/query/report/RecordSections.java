package cn.gov.ledger.query.report;

import static cn.gov.ledger.api.assets.StatisticKind.EQUIPMENT_OVER_1M;
import static cn.gov.ledger.api.assets.StatisticKind.VEHICLES_PRINCIPAL;
import static cn.gov.ledger.query.report.ReportContext.sentence;

import cn.gov.ledger.api.assets.StatisticKind;
import cn.gov.ledger.api.procurement.ProcurementCategory;
import cn.gov.ledger.query.records.Execution;
import cn.gov.ledger.query.records.OperatingCosts;
import cn.gov.ledger.query.records.PerformanceYear;
import cn.gov.ledger.query.records.ProcurementSummary;
import cn.gov.ledger.query.records.ProjectPerformance;
import cn.gov.ledger.query.records.Wan;
import cn.gov.ledger.query.report.Report.Block;
import cn.gov.ledger.query.report.Report.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 情况说明 十 to 十三: 机关运行经费, 政府采购, 国有资产占用, 预算绩效, from the ledger and the records. */
final class RecordSections {

    private RecordSections() {
    }

    static List<Section> write(int year, String name, RecordFigures f, Annotations notes) {
        return List.of(operatingCosts(year, name, f.operatingCosts()), procurement(year, name, f.procurement()),
                assets(name, f), performance(year, name, f.performance(), notes));
    }

    private static Section operatingCosts(int year, String name, OperatingCosts costs) {
        return new Section("十、机关运行经费支出说明", List.of(Block.paragraph(year + "年度" + name + "机关运行经费支出"
                + wan(costs.amount().amount()) + "。" + costs.explanation())));
    }

    private static Section procurement(int year, String name, ProcurementSummary p) {
        if (p.contracts().isEmpty()) {
            return new Section("十一、政府采购支出说明", List.of(Block.paragraph(year + "年度" + name + "无政府采购支出。")));
        }
        ProcurementSummary.Category goods = p.category(ProcurementCategory.GOODS);
        ProcurementSummary.Category works = p.category(ProcurementCategory.WORKS);
        ProcurementSummary.Category services = p.category(ProcurementCategory.SERVICES);
        return new Section("十一、政府采购支出说明", List.of(Block.paragraph(year + "年度" + name + "政府采购支出总额"
                + wan(p.total()) + "，其中：政府采购货物支出" + wan(goods.amount()) + "、政府采购工程支出" + wan(works.amount())
                + "、政府采购服务支出" + wan(services.amount()) + "。授予中小企业合同金额" + wan(p.sme())
                + "，占政府采购支出总额的" + share(p.smeShare()) + "，其中：授予小微企业合同金额" + wan(p.smallMicro())
                + "，占授予中小企业合同金额的" + share(p.smallMicroShare()) + "；货物采购授予中小企业合同金额占货物支出金额的"
                + share(goods.smeShare()) + "，工程采购授予中小企业合同金额占工程支出金额的" + share(works.smeShare())
                + "，服务采购授予中小企业合同金额占服务支出金额的" + share(services.smeShare()) + "。")));
    }

    /** 十二 prints the vehicles held by use (the sum of the by-use counts) and the equipment over a million. */
    private static Section assets(String name, RecordFigures f) {
        List<String> byUse = new ArrayList<>();
        for (StatisticKind kind : StatisticKind.values()) {
            if (kind.code().startsWith("VEHICLES_BY_USE.")) {
                byUse.add(kind.label() + f.count(kind));
            }
        }
        Long held = f.counts().vehiclesByUse();
        return new Section("十二、国有资产占用情况说明", List.of(Block.paragraph("截至" + f.asOf(VEHICLES_PRINCIPAL) + "，"
                + name + "共有车辆" + (held == null ? RecordFigures.NOT_ENTERED : held + "辆") + "，其中，"
                + String.join("、", byUse) + "；单位价值100万元以上设备" + f.count(EQUIPMENT_OVER_1M) + "。")));
    }

    private static Section performance(int year, String name, PerformanceYear p, Annotations notes) {
        List<Block> blocks = new ArrayList<>();
        List<ProjectPerformance> spent = p.projects().stream().filter(x -> x.spentThisYear().fen() != 0).toList();
        long evaluatedFen = spent.stream().mapToLong(x -> x.spentThisYear().fen()).sum();
        String evaluated = Wan.of(evaluatedFen);
        String share = Amounts.percent(new BigDecimal(evaluated), new BigDecimal(p.projectExpenditure().amount()));
        blocks.add(Block.heading("（一）预算绩效管理工作开展情况"));
        blocks.add(Block.paragraph("根据预算绩效管理要求，" + name + "组织对" + year + "年度一般公共预算项目支出全面开展绩效自评，"
                + "共涉及项目" + spent.size() + "个，资金" + wan(evaluated) + (share == null ? "" : "，占一般公共预算项目支出总额的"
                + share) + "。"));
        blocks.add(Block.heading("（二）部门整体支出自评结果"));
        blocks.add(Block.paragraph(p.whole().map(whole -> name + "组织对1个部门开展整体支出绩效自评，资金" + wan(evaluated)
                + "；部门整体支出预算数" + wan(whole.execution().budget().amount()) + "，执行数"
                + wan(whole.execution().executed().amount()) + "，执行率" + whole.execution().rate() + "。"
                + (whole.analysis() == null ? "" : sentence(whole.analysis().improvements())))
                .orElse(name + "未填报部门整体支出绩效自评。")));
        blocks.add(Block.heading("（三）项目支出自评结果"));
        blocks.add(Block.paragraph(name + "在" + year + "年度部门决算中反映所有项目绩效自评结果，共涉及" + p.projects().size()
                + "个一级项目。"));
        int number = 0;
        for (ProjectPerformance project : p.projects()) {
            blocks.add(Block.paragraph(++number + ". " + project.name() + "项目绩效自评综述：" + executed(project.execution())
                    + (project.analysis() == null ? "" : "发现的问题及原因：" + sentence(project.analysis().deviationAnalysis())
                    + "下一步改进措施：" + sentence(project.analysis().improvements()))));
        }
        WrittenSection use = WrittenSection.PERFORMANCE_RESULTS_USE;
        blocks.add(Block.heading(use.heading()));
        blocks.add(Block.paragraph(ReportContext.sentence(notes.sectionOrMissing(use))));
        return new Section("十三、预算绩效情况说明", blocks);
    }

    private static String executed(Execution e) {
        BigDecimal budget = new BigDecimal(e.budget().amount());
        BigDecimal executed = new BigDecimal(e.executed().amount());
        String rate = Amounts.percent(executed, budget);
        return "项目全年预算数为" + wan(e.budget().amount())
                + (e.spansYears() ? "（" + e.fromYear() + "年至" + e.toYear() + "年累计）" : "") + "，执行数为"
                + wan(e.executed().amount()) + (rate == null ? "" : "，完成预算的" + rate)
                + (e.spansYears() && budget.compareTo(executed) > 0 ? "，尚未支付" + wan(e.retained()) : "") + "。";
    }

    private static String wan(String amount) {
        return ReportContext.wan(new BigDecimal(amount));
    }

    private static String share(String share) {
        return share == null ? "0%" : share;
    }
}
