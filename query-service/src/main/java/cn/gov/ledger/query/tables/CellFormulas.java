package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.tables.TableFormulas.CellId;
import cn.gov.ledger.query.tables.TableFormulas.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes every cell of a table as a signed sum of fact groups by asking the table's own definition,
 * so the drill-down never restates a table rule. The definitions are linear in the cube: each cell is a
 * sum of cube cells with whole coefficients (a closing balance is income + opening − expenditure).
 * Building a table from a cube holding one group of 1 fen therefore yields that group's coefficient in
 * every cell, and building it from the real cube yields each cell's exact fen. The result is checked
 * against the served table: a future rule that is not such a sum fails here instead of drilling to wrong
 * entries.
 */
@Component
public class CellFormulas {

    private final TableService tables;
    private final DisclosureTables definitions;
    private final FactCubes cubes;
    private final TableTemplates templates;
    private final ReferenceData reference;

    CellFormulas(TableService tables, DisclosureTables definitions, FactCubes cubes, TableTemplates templates,
                 ReferenceData reference) {
        this.tables = tables;
        this.definitions = definitions;
        this.cubes = cubes;
        this.templates = templates;
        this.reference = reference;
    }

    /** The table as {@link TableService#table} serves it, with its formulas; the same 400/404/503 problems. */
    public TableFormulas formulas(SliceRequest request, String number) {
        TableView view = tables.table(request, number);
        TableDefinition definition = definitions.find(number).orElseThrow();
        Slice slice = request.fixed(view.departmentName(), view.position(), view.knownAt());
        FactCube cube = cubes.cube(slice, view.position());
        TableTemplate template = templates.forYear(request.fiscalYear());
        NameBook names = NameBook.load(reference, request.fiscalYear(), cube, template);
        TableDefinition.TableInput input = new TableDefinition.TableInput(cube, names, template);
        Map<CellId, Long> values = exactCells(definition.build(input));
        Map<CellId, List<Term>> terms = new HashMap<>();
        for (CubeCell group : cube.cells()) {
            FactCube single = new FactCube(List.of(group.withAmount(1)));
            exactCells(definition.build(new TableDefinition.TableInput(single, names, template)))
                    .forEach((cell, coefficient) -> {
                        if (coefficient != 0) {
                            terms.computeIfAbsent(cell, key -> new ArrayList<>()).add(Term.of(group, coefficient));
                        }
                    });
        }
        TableFormulas formulas = new TableFormulas(view, request.knownAt(), values, terms);
        view.rows().forEach(row -> row.cells().forEach((column, served) ->
                requireConsistent(formulas, new CellId(row.side(), row.key(), column), served)));
        return formulas;
    }

    private static Map<CellId, Long> exactCells(TableDefinition.TableBody body) {
        Map<CellId, Long> cells = new LinkedHashMap<>();
        for (TableRow row : body.rows()) {
            row.cells().forEach((column, fen) -> {
                CellId id = new CellId(row.side(), row.key(), column);
                if (cells.put(id, fen) != null) {
                    throw new IllegalStateException("two cells " + id + " in one table");
                }
            });
        }
        return cells;
    }

    /** The served figure is the exact value, and the exact value is the sum of its terms. */
    private static void requireConsistent(TableFormulas formulas, CellId cell, long served) {
        long value = formulas.valueFen(cell);
        long fromTerms = formulas.terms(cell).stream().mapToLong(Term::contributionFen).reduce(0, Math::addExact);
        if (served != value || fromTerms != value) {
            throw new IllegalStateException("table " + formulas.view().table() + " cell " + cell + " serves " + served
                    + " fen, builds to " + value + " fen and sums to " + fromTerms + " fen from its terms:"
                    + " the table is no longer a signed sum of facts");
        }
    }
}
