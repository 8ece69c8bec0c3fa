package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.progress.Progress;
import cn.gov.ledger.query.progress.ProgressWaiter;
import cn.gov.ledger.query.projection.FactKind;
import cn.gov.ledger.query.projection.GenerationGate;
import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.web.ProblemException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Builds tables for a request: waits for the projection if asked, checks that the department, year and
 * unit exist, fixes the event position the answer reflects, and computes the tables from one cube.
 */
@Service
public class TableService {

    /** "Everything recorded so far": the recording filter is then left to the event position. */
    static final Instant ALL_RECORDED = Instant.parse("9999-12-31T23:59:59Z");

    private final ProgressWaiter waiter;
    private final ReferenceData reference;
    private final FactCubeRepository facts;
    private final FactCubes cubes;
    private final TableTemplates templates;
    private final DisclosureTables tables;
    private final GenerationGate generations;

    TableService(ProgressWaiter waiter, ReferenceData reference, FactCubeRepository facts, FactCubes cubes,
                 TableTemplates templates, DisclosureTables tables, GenerationGate generations) {
        this.waiter = waiter;
        this.reference = reference;
        this.facts = facts;
        this.cubes = cubes;
        this.templates = templates;
        this.tables = tables;
        this.generations = generations;
    }

    public TableView table(ReportRequest request, String number) {
        TableDefinition definition = tables.find(number)
                .orElseThrow(() -> ProblemException.notFound("there is no table " + number + "; tables are 01 to 09"));
        return build(request, List.of(definition)).tables().get(number);
    }

    public TableSet all(ReportRequest request) {
        return build(request, tables.all());
    }

    private TableSet build(ReportRequest request, List<TableDefinition> definitions) {
        return read(request, fixed -> build(request, definitions, fixed));
    }

    /**
     * Waits, checks and fixes the slice as a table does, and reads it while a rebuild cannot swap the facts
     * away: any other figure read from {@code query.fact} inside {@code reader} agrees with the tables.
     */
    public <T> T read(ReportRequest request, Function<FixedSlice, T> reader) {
        try (GenerationGate.Reading<Progress> progress = generations.read(
                () -> waiter.awaitProcessed(required(request)))) {
            String departmentName = requireExisting(request);
            long processed = progress.value().processed();
            long position = request.position() == null ? processed : Math.min(request.position(), processed);
            return reader.apply(new FixedSlice(departmentName, position,
                    request.knownAt() == null ? Instant.now() : request.knownAt(),
                    request.knownAt() == null ? ALL_RECORDED : request.knownAt(), progress.value().settled()));
        }
    }

    private TableSet build(ReportRequest request, List<TableDefinition> definitions, FixedSlice fixed) {
        String departmentName = fixed.departmentName();
        long position = fixed.position();
        Instant knownAt = fixed.knownAt();
        Slice slice = new Slice(request.department(), request.fiscalYear(), request.unit(), request.asOf(),
                fixed.recordedBy(), position);
        FactCube cube = cubes.cube(slice, fixed.settled());
        TableTemplate template = templates.forYear(request.fiscalYear());
        TableDefinition.TableInput input = new TableDefinition.TableInput(cube,
                NameBook.load(reference, request.fiscalYear(), cube, template), template);
        Map<String, TableView> built = new LinkedHashMap<>();
        for (TableDefinition definition : definitions) {
            TableDefinition.TableBody body = definition.build(input);
            built.put(definition.number(), new TableView(definition.number(), definition.title(),
                    request.department(), departmentName, request.fiscalYear(), request.unit(), request.asOf(),
                    knownAt, position, TableView.CURRENCY_UNIT, body.columns(), body.rows()));
        }
        long vehicleOperation = cube.sum(FactKind.EXPENDITURE, cell -> cell.fiscal()
                && ThreePublicExpensesTable.VEHICLE_OPERATION.equals(cell.economicCode()));
        return new TableSet(built, vehicleOperation);
    }

    /**
     * minPosition, and position when it names an event that exists: an auditor asking for "the ledger
     * as of event N" gets a stable answer only once N is processed.
     */
    private long required(ReportRequest request) {
        long required = request.minPosition();
        if (request.position() != null) {
            required = Math.max(required, Math.min(request.position(), waiter.headPosition()));
        }
        return required;
    }

    /** Checked after waiting, so a client that has just registered and posted is not told 404. */
    private String requireExisting(ReportRequest request) {
        String name = reference.departmentName(request.department()).orElse(null);
        if (name == null && !facts.departmentHasFacts(request.department())) {
            throw ProblemException.notFound("unknown department " + request.department());
        }
        if (!facts.hasFacts(request.department(), request.fiscalYear())
                && !reference.openedByClose(request.department(), request.fiscalYear())) {
            throw ProblemException.notFound("department " + request.department() + " has no postings for fiscal year "
                    + request.fiscalYear());
        }
        if (request.unit() != null && !reference.unitRegistered(request.department(), request.unit())
                && !facts.hasFacts(request.department(), request.fiscalYear(), request.unit())) {
            throw ProblemException.notFound("department " + request.department() + " has no unit " + request.unit());
        }
        return name;
    }
}
