package cn.gov.ledger.api.project;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A project of a department. {@code continuing}: true = 持续性项目, false = 新增性项目. {@code units}: the codes of
 * the department's units that carry it out. {@code competentDepartment} (主管部门) and {@code implementedBy}
 * (项目实施单位, optional) are the texts printed on the self-evaluation table, which may name bodies outside the
 * ledger.
 */
@Revision("1")
public record ProjectRegistered(String projectId, String department, String name, ProjectType type,
                                boolean continuing, ProjectCategory category, List<String> units,
                                String competentDepartment, String implementedBy) {
}
