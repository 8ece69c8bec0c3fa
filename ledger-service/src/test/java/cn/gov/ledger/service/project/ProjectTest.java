package cn.gov.ledger.service.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.project.ProjectCategory;
import cn.gov.ledger.api.project.ProjectRegistered;
import cn.gov.ledger.api.project.ProjectType;
import cn.gov.ledger.api.project.RegisterProjectCommand;
import cn.gov.ledger.service.problem.Rejection;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ProjectTest {

    private static final String ID = Project.idOf("wcjgsw", "重大节日慰问经费");
    private static final RegisterProjectCommand REGISTER = new RegisterProjectCommand(ID, "wcjgsw", "重大节日慰问经费",
            ProjectType.RECURRING, true, ProjectCategory.DEPARTMENT_BUDGET, List.of("wcjgsw-bj"),
            "武昌区机关事务服务中心", null);
    private static final ProjectRegistered REGISTERED = new ProjectRegistered(ID, "wcjgsw", "重大节日慰问经费",
            ProjectType.RECURRING, true, ProjectCategory.DEPARTMENT_BUDGET, List.of("wcjgsw-bj"),
            "武昌区机关事务服务中心", null);

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    @Test
    void registersANewName() {
        fixture.givenNoPriorActivity().when(REGISTER).expectEvents(REGISTERED);
    }

    @Test
    void refusesANameAlreadyRegisteredInTheDepartment() {
        fixture.given(REGISTERED).when(REGISTER)
                .expectException(Rejection.class)
                .expectExceptionMessage("project 重大节日慰问经费 is already registered in department wcjgsw")
                .expectNoEvents();
    }

    @Test
    void theSameNameInAnotherDepartmentIsAnotherProject() {
        assertThat(Project.idOf("other", "重大节日慰问经费")).isNotEqualTo(ID);
    }
}
