package cn.gov.ledger.query.publication;

import cn.gov.ledger.query.audit.AuditProperties;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.ProblemException;
import cn.gov.ledger.security.CurrentActor;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST …/publications freezes what a department publishes for a year; GET lists them, shows one, serves
 * its frozen tables ({@code format=json|csv|html|xlsx}) and report ({@code format=html|xlsx|pdf}), and lists
 * its restatements: the cells the ledger gives differently now.
 */
@RestController
class PublicationController {

    private static final String PUBLICATIONS = "/api/v1/departments/{department}/years/{year}/publications";
    private static final int DEFAULT_ENTRIES = 100;

    private final Publisher publisher;
    private final PublicationStore store;
    private final PublishedDocuments documents;
    private final Restatements restatements;
    private final AuditProperties audit;

    PublicationController(Publisher publisher, PublicationStore store, PublishedDocuments documents,
                          Restatements restatements, AuditProperties audit) {
        this.publisher = publisher;
        this.store = store;
        this.documents = documents;
        this.restatements = restatements;
        this.audit = audit;
    }

    @PostMapping(PUBLICATIONS)
    ResponseEntity<Publication> publish(@PathVariable String department, @PathVariable int year,
                                        @RequestBody(required = false) PublicationBody body,
                                        @RequestParam(required = false) String minPosition) {
        String author = CurrentActor.require();
        Publication published = publisher.publish(department, year, body, author, minPosition);
        return ResponseEntity.created(URI.create("/api/v1/departments/" + department + "/years/" + year
                + "/publications/" + published.id())).body(published);
    }

    @GetMapping(PUBLICATIONS)
    Map<String, List<Publication>> list(@PathVariable String department, @PathVariable int year) {
        return Map.of("publications", store.year(department, year));
    }

    @GetMapping(PUBLICATIONS + "/{id}")
    Publication one(@PathVariable String department, @PathVariable int year, @PathVariable String id) {
        return find(department, year, id);
    }

    @GetMapping(PUBLICATIONS + "/{id}/tables/{table}")
    ResponseEntity<byte[]> table(@PathVariable String department, @PathVariable int year, @PathVariable String id,
                                 @PathVariable String table, @RequestParam(required = false) String format) {
        String wanted = format(format, List.of("json", "csv", "html", "xlsx"), "json");
        return documents.table(find(department, year, id), table, wanted);
    }

    @GetMapping(PUBLICATIONS + "/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable String department, @PathVariable int year, @PathVariable String id,
                                  @RequestParam(required = false) String format) {
        String wanted = format(format, List.of("html", "xlsx", "pdf"), "html");
        return documents.report(find(department, year, id), wanted);
    }

    @GetMapping(PUBLICATIONS + "/{id}/restatements")
    RestatementReport restatements(@PathVariable String department, @PathVariable int year, @PathVariable String id,
                                   @RequestParam(required = false) String limit) {
        int entries = DEFAULT_ENTRIES;
        if (limit != null) {
            try {
                entries = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                entries = 0;
            }
            if (entries < 1 || entries > audit.maxPageSize()) {
                throw BadRequestException.of("limit", "must be a whole number from 1 to " + audit.maxPageSize());
            }
        }
        return restatements.since(find(department, year, id), entries);
    }

    private Publication find(String department, int year, String id) {
        try {
            return store.find(department, year, Long.parseLong(id.trim()))
                    .orElseThrow(() -> notFound(department, year, id));
        } catch (NumberFormatException e) {
            throw notFound(department, year, id);
        }
    }

    private static ProblemException notFound(String department, int year, String id) {
        return ProblemException.notFound("department " + department + " has no publication " + id + " for " + year);
    }

    private static String format(String given, List<String> allowed, String fallback) {
        String wanted = given == null ? fallback : given.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(wanted)) {
            throw BadRequestException.of("format", "must be one of " + String.join(", ", allowed));
        }
        return wanted;
    }
}
