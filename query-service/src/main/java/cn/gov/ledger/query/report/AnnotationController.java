package cn.gov.ledger.query.report;

import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import cn.gov.ledger.query.web.ProblemException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/annotations writes an explanation for the report; GET lists a department-year's current
 * ones (with {@code history=true} also the superseded ones), GET …/{id} shows one.
 */
@RestController
class AnnotationController {

    private final AnnotationStore store;
    private final ReferenceData reference;

    AnnotationController(AnnotationStore store, ReferenceData reference) {
        this.store = store;
        this.reference = reference;
    }

    @PostMapping(value = "/api/v1/annotations", consumes = "application/json")
    ResponseEntity<Annotation> add(@RequestBody AnnotationBody body,
                                   @RequestHeader(value = Actors.HEADER, required = false) String actor) {
        String author = Actors.require(actor);
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
