package cn.gov.ledger.service.project;

import cn.gov.ledger.api.project.ProjectCategory;
import cn.gov.ledger.api.project.ProjectType;
import cn.gov.ledger.api.project.RegisterProjectCommand;
import cn.gov.ledger.service.posting.Fields;
import cn.gov.ledger.service.posting.KnownUnits;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.Receipts;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Registering a project of a department: 201, 404 for an unknown department, 409 for a name in use. */
@RestController
class ProjectController {

    private final PostingService postings;
    private final Receipts receipts;
    private final KnownUnits units;

    ProjectController(PostingService postings, Receipts receipts, KnownUnits units) {
        this.postings = postings;
        this.receipts = receipts;
        this.units = units;
    }

    @PostMapping("/api/v1/departments/{department}/projects")
    ResponseEntity<JsonNode> register(@PathVariable String department, @RequestBody ProjectRequest request,
                                      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.execute("PROJECT", key, List.of(department, request), () -> {
            units.requireDepartment(department);
            RegisterProjectCommand command = validate(department, request);
            postings.dispatch(command, command.projectId(), Actor.current(), key);
            return receipts.created(command.projectId(), "projectId", command.projectId(),
                    "department", department, "name", command.name());
        }).toResponse();
    }

    private RegisterProjectCommand validate(String department, ProjectRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Fields f = new Fields(errors);
        String name = f.required("name", r.name(), 200);
        ProjectType type = f.enumValue("type", r.type(), ProjectType.class);
        Boolean continuing = f.flag("continuing", r.continuing());
        ProjectCategory category = f.enumValue("category", r.category(), ProjectCategory.class);
        List<String> unitCodes = unitCodes(f, department, r.units());
        String competentDepartment = f.required("competentDepartment", r.competentDepartment(), 200);
        String implementedBy = f.optional("implementedBy", r.implementedBy(), 500);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new RegisterProjectCommand(Project.idOf(department, name), department, name, type,
                continuing, category, unitCodes, competentDepartment, implementedBy);
    }

    /** The units that carry the project out: at least one, each a registered unit of this department, once. */
    private List<String> unitCodes(Fields f, String department, List<String> given) {
        if (given == null || given.isEmpty()) {
            return f.error("units", "must name at least one unit of department " + department);
        }
        List<String> codes = new ArrayList<>();
        for (String code : given) {
            String trimmed = code == null ? "" : code.trim();
            if (!units.unitExists(department, trimmed)) {
                f.error("units", "unknown unit " + code + " in department " + department);
            } else if (codes.contains(trimmed)) {
                f.error("units", "names unit " + trimmed + " twice");
            } else {
                codes.add(trimmed);
            }
        }
        return codes;
    }
}
