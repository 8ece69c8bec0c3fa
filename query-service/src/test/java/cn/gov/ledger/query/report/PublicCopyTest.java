package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.report.PrintedTable.Cell;
import cn.gov.ledger.query.report.Report.Block;
import cn.gov.ledger.query.report.Report.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public copy leaves out what nobody wrote and the provenance line; the checklist names each gap. */
class PublicCopyTest {

    private static final String M = Annotations.MISSING;

    @Test
    void anUnwrittenClauseGoesAndTheFiguresBeforeItStay() {
        assertThat(PublicCopy.withoutGaps("收、支总计减少2,022.81万元，下降31.6%，主要原因是" + M + "。其中：财政拨款收入4,368.79万元。"))
                .isEqualTo("收、支总计减少2,022.81万元，下降31.6%。其中：财政拨款收入4,368.79万元。");
        assertThat(PublicCopy.withoutGaps("完成年初预算的101.8%。支出决算数大于年初预算数的主要原因：" + M + "。"))
                .isEqualTo("完成年初预算的101.8%。");
        assertThat(PublicCopy.withoutGaps(M + "。")).isEmpty();
    }

    @Test
    void thePublicReportHasNoGapNoEmptyHeadingAndNoProvenanceButTheChecklistNamesTheGaps() {
        PrintedTable form = new PrintedTable("self-evaluation", "", "表", "绩效自评表", "单位名称：测试", List.of(),
                List.of(List.of(Cell.head("改进措施及结果应用方案"), Cell.text(M, 4, "wrap"))), 5, List.of(), null,
                "数据口径：…");
        Report review = new Report("测试", "测试中心", 2024, "数据口径：…", List.of(), List.of(new Section("十三、绩效", List.of(
                Block.heading("（三）评价结果"), Block.paragraph("评价为优。"),
                Block.heading("（四）绩效自评结果应用情况"), Block.paragraph(M + "。")))), List.of(form));
        Report shown = PublicCopy.of(review);
        assertThat(shown.basis()).isNull();
        assertThat(shown.sections().get(0).blocks()).containsExactly(Block.heading("（三）评价结果"),
                Block.paragraph("评价为优。"));
        assertThat(shown.attachments().get(0).basis()).isNull();
        assertThat(shown.attachments().get(0).body().get(0).get(1).shown()).isEmpty();
        Checklist checklist = Checklist.of("d", 2024, review);
        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.missing()).containsExactly(new Checklist.Gap("十三、绩效", M + "。"),
                new Checklist.Gap("绩效自评表", "改进措施及结果应用方案"));
        assertThat(Checklist.of("d", 2024, shown).complete()).isTrue();
    }
}
