package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.projection.FactKind;
import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.slice.SliceResolver;
import cn.gov.ledger.query.web.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Builds tables for a request: the {@link SliceResolver} fixes the slice (waiting, 404s, position), and the
 * tables are computed from one cube of it.
 */
@Service
public class TableService {

    private final SliceResolver slices;
    private final ReferenceData reference;
    private final FactCubes cubes;
    private final TableTemplates templates;
    private final DisclosureTables tables;

    TableService(SliceResolver slices, ReferenceData reference, FactCubes cubes, TableTemplates templates,
                 DisclosureTables tables) {
        this.slices = slices;
        this.reference = reference;
        this.cubes = cubes;
        this.templates = templates;
        this.tables = tables;
    }

    public TableView table(SliceRequest request, String number) {
        TableDefinition definition = tables.find(number)
                .orElseThrow(() -> ProblemException.notFound("there is no table " + number + "; tables are 01 to 09"));
        return slices.read(request, slice -> build(slice, List.of(definition))).tables().get(number);
    }

    public TableSet all(SliceRequest request) {
        return slices.read(request, slice -> build(slice, tables.all()));
    }

    private TableSet build(Slice slice, List<TableDefinition> definitions) {
        FactCube cube = cubes.cube(slice, slice.settled());
        TableTemplate template = templates.forYear(slice.fiscalYear());
        TableDefinition.TableInput input = new TableDefinition.TableInput(cube,
                NameBook.load(reference, slice.fiscalYear(), cube, template), template);
        Map<String, TableView> built = new LinkedHashMap<>();
        for (TableDefinition definition : definitions) {
            TableDefinition.TableBody body = definition.build(input);
            built.put(definition.number(), new TableView(definition.number(), definition.title(),
                    slice.department(), slice.departmentName(), slice.fiscalYear(), slice.unit(), slice.asOf(),
                    slice.fixedAt(), slice.position(), TableView.CURRENCY_UNIT, body.columns(), body.rows()));
        }
        long vehicleOperation = cube.sum(FactKind.EXPENDITURE, cell -> cell.fiscal()
                && ThreePublicExpensesTable.VEHICLE_OPERATION.equals(cell.economicCode()));
        return new TableSet(built, vehicleOperation);
    }
}
