package cn.gov.ledger.query.report;

import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import cn.gov.ledger.query.web.ProblemException;
import cn.gov.ledger.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/annotations writes an explanation for the report; GET lists a department-year's current
 * ones (with {@code history=true} also the superseded ones), GET …/{id} shows one.
 */
@RestController
class AnnotationController {

    private static final String EXAMPLE = """
            {"department": "wcjgsw", "fiscalYear": 2024,
             "target": {"kind": "BUDGET_LINE", "functionalCode": "2010301"},
             "text": "单位人员病休，按政策扣减相关工资待遇"}""";

    private final AnnotationStore store;
    private final ReferenceData reference;

    AnnotationController(AnnotationStore store, ReferenceData reference) {
        this.store = store;
        this.reference = reference;
    }

    @Operation(summary = "Write an explanation printed in the report (BUDGET_OFFICER), signed by the user",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = EXAMPLE))))
    @PostMapping(value = "/api/v1/annotations", consumes = "application/json")
    ResponseEntity<Annotation> add(@RequestBody AnnotationBody body) {
        String author = CurrentActor.require();
        AnnotationTarget target = body.validate();
        if (reference.departmentName(body.department()).isEmpty()) {
            throw BadRequestException.of("department", "unknown department " + body.department());
        }
        Annotation added = store.add(body.department(), body.fiscalYear(), target, body.text().trim(), author);
        return ResponseEntity.created(URI.create("/api/v1/annotations/" + added.id())).body(added);
    }

    @GetMapping("/api/v1/annotations/{id}")
    Annotation one(@PathVariable long id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("there is no annotation " + id));
    }

    @GetMapping("/api/v1/annotations")
    Map<String, List<Annotation>> list(@RequestParam(required = false) String department,
                                       @RequestParam(required = false) Integer year,
                                       @RequestParam(defaultValue = "false") boolean history) {
        List<FieldProblem> missing = new ArrayList<>();
        if (department == null || department.isBlank()) {
            missing.add(new FieldProblem("department", "is required"));
        }
        if (year == null) {
            missing.add(new FieldProblem("year", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new BadRequestException(missing);
        }
        List<Annotation> all = store.history(department, year, null);
        return Map.of("annotations", history ? all : all.stream().filter(Annotation::current).toList());
    }
}
