package cn.gov.ledger.service.project;

import java.util.List;

/**
 * A project as a client registers it; fields arrive as text ({@code continuing} too) so that each can be
 * refused on its own. {@code implementedBy} is optional: the 项目实施单位 text when it names more than the units.
 */
public record ProjectRequest(String name, String type, String continuing, String category, List<String> units,
                             String competentDepartment, String implementedBy) {
}
