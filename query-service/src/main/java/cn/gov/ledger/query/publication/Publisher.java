package cn.gov.ledger.query.publication;

import cn.gov.ledger.query.progress.ProgressWaiter;
import cn.gov.ledger.query.publication.FrozenPublication.FrozenTable;
import cn.gov.ledger.query.publication.FrozenPublication.Point;
import cn.gov.ledger.query.report.ReportDocuments;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.tables.TableService;
import cn.gov.ledger.query.tables.TableView;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Publishes: checks the request, fixes the point (the settled position once it has reached every event
 * committed when the request came, so that nothing below it can still arrive and make the frozen figures
 * differ from the ledger at that point), computes the tables
 * and the report there once, and keeps them.
 */
@Service
class Publisher {

    private static final int NOTE_LIMIT = 2000;

    private final TableService tables;
    private final ReportDocuments documents;
    private final ProgressWaiter waiter;
    private final PublicationStore store;
    private final ObjectMapper json;

    Publisher(TableService tables, ReportDocuments documents, ProgressWaiter waiter, PublicationStore store,
              ObjectMapper json) {
        this.tables = tables;
        this.documents = documents;
        this.waiter = waiter;
        this.store = store;
        this.json = json;
    }

    /** @param minPosition do not publish before the settled position has reached it (a client's last posting) */
    Publication publish(String department, int year, PublicationBody body, String publisher, String minPosition) {
        PublicationBody given = body == null ? PublicationBody.NONE : body;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<FieldProblem> problems = new ArrayList<>();
        SliceRequest asked = SliceRequest.parse(department, year, null, given.asOf(), given.knownAt(), null,
                minPosition, problems);
        String profile = null;
        try {
            profile = documents.profile(department, given.profile());
        } catch (BadRequestException e) {
            problems.addAll(e.errors());
        }
        if (asked != null && asked.asOf().getYear() != year) {
            problems.add(new FieldProblem("asOf", "must lie inside fiscal year " + year));
        }
        if (asked != null && asked.knownAt() != null && asked.knownAt().isAfter(now)) {
            problems.add(new FieldProblem("knownAt", "must not be in the future: what is published must be final"));
        }
        String note = given.note() == null || given.note().isBlank() ? null : given.note().trim();
        if (note != null && note.length() > NOTE_LIMIT) {
            problems.add(new FieldProblem("note", "must be at most " + NOTE_LIMIT + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        // Everything committed when the publisher asked is in the publication, or the answer is a 503 that
        // says the ledger has not settled that far yet; never a point below a committed event in silence.
        long position = waiter.awaitSettled(Math.max(asked.minPosition(), waiter.headPosition())).settled();
        Instant knownAt = asked.knownAt() == null ? now : asked.knownAt();
        Point point = new Point(department, year, asked.asOf(), knownAt, position, profile, note);
        SliceRequest request = new SliceRequest(department, year, null, asked.asOf(), knownAt, position, 0);
        List<FrozenTable> frozen = tables.all(request).tables().values().stream()
                .map(view -> new FrozenTable(view.table(), view.title(), bytes(view))).toList();
        byte[] html = documents.html(request, profile);
        long id = store.insert(new FrozenPublication(point, html, documents.pdf(html), frozen), publisher);
        return store.find(department, year, id).orElseThrow();
    }

    /** The table's JSON as the table endpoint writes it (the application's own object mapper). */
    private byte[] bytes(TableView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("table " + view.table() + " cannot be written as JSON", e);
        }
    }
}
