package cn.gov.ledger.service.project;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.project.ProjectCategory;
import cn.gov.ledger.api.project.ProjectRegistered;
import cn.gov.ledger.api.project.ProjectType;
import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import cn.gov.ledger.service.StoredEvents.Stored;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registering projects over HTTP: 201 with the author on the event, 409 for a name in use, 422 field by field. */
class ProjectEndpointTest extends LedgerIntegrationTest {

    private String path() {
        return "/api/v1/departments/" + department + "/projects";
    }

    private Map<String, Object> project(Object... more) {
        Map<String, Object> fields = body("name", "荆南街办公区房屋装修及配套设施建设", "type", "ONE_OFF", "continuing", true,
                "category", "DEPARTMENT_BUDGET", "units", List.of(unit), "competentDepartment", "武昌区机关事务服务中心");
        fields.putAll(body(more));
        return fields;
    }

    @Test
    void registersAProjectWith201AndItsAuthorOnTheEvent() {
        Answer answer = client.as("officer").post(path(), project());
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        List<Stored<ProjectRegistered>> registered = events.of(ProjectRegistered.class, department);
        assertThat(registered).hasSize(1);
        ProjectRegistered event = registered.get(0).payload();
        assertThat(event.projectId()).isEqualTo(answer.body().path("projectId").asText());
        assertThat(event.type()).isEqualTo(ProjectType.ONE_OFF);
        assertThat(event.continuing()).isTrue();
        assertThat(event.category()).isEqualTo(ProjectCategory.DEPARTMENT_BUDGET);
        assertThat(event.units()).containsExactly(unit);
        assertThat(registered.get(0).metaData().path("actor").asText()).isEqualTo("officer");
    }

    @Test
    void aNameAlreadyRegisteredIs409NamingTheFieldAndRegistersNothingMore() {
        assertThat(client.post(path(), project()).status()).isEqualTo(201);
        Answer again = client.post(path(), project("type", "RECURRING"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(events.payloads(ProjectRegistered.class, department)).singleElement()
                .satisfies(kept -> assertThat(kept.type()).isEqualTo(ProjectType.ONE_OFF));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {"type|PERMANENT", "category|NATIONAL", "continuing|maybe", "name|''",
            "competentDepartment|''"})
    void refusesABadFieldWith422NamingItAndRegistersNothing(String field, String value) {
        Answer refused = client.post(path(), project(field, value));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(events.of(ProjectRegistered.class, department)).isEmpty();
    }

    @Test
    void theUnitsMustBeUnitsOfTheDepartmentAndTheDepartmentMustExist() {
        Answer strangers = client.post(path(), project("units", List.of(unit, "no-such-unit")));
        assertThat(strangers.status()).isEqualTo(422);
        assertThat(strangers.body().path("errors").findValuesAsText("field")).containsExactly("units");
        assertThat(client.post(path(), project("units", List.of())).status()).isEqualTo(422);
        assertThat(client.post("/api/v1/departments/no-such-dept/projects", project()).status()).isEqualTo(404);
        assertThat(events.of(ProjectRegistered.class, department)).isEmpty();
    }
}
