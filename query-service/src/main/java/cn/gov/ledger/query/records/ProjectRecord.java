package cn.gov.ledger.query.records;

import java.util.List;

/** A registered project as the self-evaluation table describes it (项目类型, 属性, 类别, units). */
public record ProjectRecord(String projectId, String name, String type, String typeLabel, boolean continuing,
                            String category, String categoryLabel, List<String> units, String competentDepartment,
                            String implementedBy, Entered entered) {

    /** 一次性 and 延续性 projects span years, so their figures are counted from their first year. */
    boolean spansYears() {
        return !"RECURRING".equals(type);
    }
}
