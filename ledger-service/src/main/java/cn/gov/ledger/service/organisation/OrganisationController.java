package cn.gov.ledger.service.organisation;

import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.api.organisation.RegisterDepartmentCommand;
import cn.gov.ledger.api.organisation.RegisterUnitCommand;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.Rejection;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Registering departments (部门) and their units (单位). */
@RestController
class OrganisationController {

    private static final String CODE = "[A-Za-z0-9_-]{1,32}";
    private static final String DEPARTMENT_EXAMPLE = """
            {"code": "wcjgsw", "name": "武昌区机关事务服务中心"}""";
    private static final String UNIT_EXAMPLE = """
            {"code": "wcjgsw-bj", "name": "武昌区机关事务服务中心(本级)", "unitType": "PUBLIC_INSTITUTION"}""";

    private final PostingService postings;
    private final UnitDirectory directory;

    OrganisationController(PostingService postings, UnitDirectory directory) {
        this.postings = postings;
        this.directory = directory;
    }

    @Operation(summary = "Register a department (ADMIN)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = DEPARTMENT_EXAMPLE))))
    @PostMapping("/api/v1/departments")
    ResponseEntity<JsonNode> registerDepartment(@RequestBody RegistrationRequest request,
                                                @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.execute("DEPARTMENT", key, request, () -> {
            validate(request, false);
            if (directory.departmentExists(request.code())) {
                throw Rejection.conflict("department-exists", "部门已存在 Department exists",
                        "department " + request.code() + " is already registered");
            }
            postings.dispatch(new RegisterDepartmentCommand(request.code(), request.name().trim()), request.code(),
                    Actor.current(), key);
            return created(postings.json().createObjectNode().put("code", request.code())
                    .put("name", request.name().trim()));
        }).toResponse();
    }

    @Operation(summary = "Register a unit of a department (ADMIN)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = UNIT_EXAMPLE))))
    @PostMapping("/api/v1/departments/{department}/units")
    ResponseEntity<JsonNode> registerUnit(@PathVariable String department, @RequestBody RegistrationRequest request,
                                          @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Map<String, Object> canonical = new TreeMap<>(Map.of("department", department, "request", request));
        return postings.execute("UNIT", key, canonical, () -> {
            UnitType type = validate(request, true);
            if (!directory.departmentExists(department)) {
                throw Rejection.notFound("unknown-department", "部门不存在 Unknown department",
                        "department " + department + " is not registered");
            }
            postings.dispatch(new RegisterUnitCommand(department, request.code(), request.name().trim(), type),
                    department, Actor.current(), key);
            return created(postings.json().createObjectNode().put("department", department)
                    .put("code", request.code()).put("name", request.name().trim()).put("unitType", type.name()));
        }).toResponse();
    }

    @GetMapping("/api/v1/departments")
    List<Map<String, Object>> departments() {
        return directory.departments();
    }

    @GetMapping("/api/v1/departments/{department}/units")
    List<Map<String, Object>> units(@PathVariable String department) {
        return directory.units(department);
    }

    private static Outcome created(JsonNode body) {
        return new Outcome(201, body, false);
    }

    private static UnitType validate(RegistrationRequest request, boolean unit) {
        List<FieldError> errors = new ArrayList<>();
        if (request.code() == null || !request.code().matches(CODE)) {
            errors.add(new FieldError("code", "must be 1–32 letters, digits, '-' or '_'"));
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            errors.add(new FieldError("name", "is required, at most 200 characters"));
        }
        UnitType type = UnitType.PUBLIC_INSTITUTION;
        if (!unit && request.unitType() != null) {
            errors.add(new FieldError("unitType", "is only for units"));
        } else if (unit && request.unitType() != null) {
            try {
                type = UnitType.valueOf(request.unitType());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("unitType", "must be one of " + Arrays.toString(UnitType.values())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return type;
    }
}
