package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.tables.TableFormulas.CellId;
import cn.gov.ledger.query.tables.TableFormulas.Term;
import java.math.BigDecimal;
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
 * every cell, and building it from the real cube yields each cell's value. Both builds use amounts
 * scaled so the printed figure is exact fen (see {@link #SCALE}), and the result is checked against
 * the served table: a future rule that is not such a sum fails here instead of drilling to wrong entries.
 */
@Component
public class CellFormulas {

    /**
     * Printed cells are 万元 with two decimals, multiples of 10,000 fen. Amounts multiplied by 10,000
     * print without rounding, and the printed digits read as yuan are the unscaled fen.
     */
    private static final long SCALE = 10_000;

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
        Map<CellId, Long> values = exactCells(definition.build(input(cube.cells(), names, template)));
        Map<CellId, List<Term>> terms = new HashMap<>();
        for (CubeCell group : cube.cells()) {
            exactCells(definition.build(input(List.of(group.withAmount(1)), names, template)))
                    .forEach((cell, coefficient) -> {
                        if (coefficient != 0) {
                            terms.computeIfAbsent(cell, key -> new ArrayList<>()).add(Term.of(group, coefficient));
                        }
                    });
        }
        TableFormulas formulas = new TableFormulas(view, request.knownAt(), values, terms);
        view.rows().forEach(row -> row.cells().forEach((column, printed) ->
                requireConsistent(formulas, new CellId(row.side(), row.key(), column), printed)));
        return formulas;
    }

    private static TableDefinition.TableInput input(List<CubeCell> cells, NameBook names, TableTemplate template) {
        List<CubeCell> scaled = cells.stream()
                .map(cell -> cell.withAmount(Math.multiplyExact(cell.amountFen(), SCALE))).toList();
        return new TableDefinition.TableInput(new FactCube(scaled), names, template);
    }

    private static Map<CellId, Long> exactCells(TableDefinition.TableBody body) {
        Map<CellId, Long> cells = new LinkedHashMap<>();
        for (TableRow row : body.rows()) {
            row.cells().forEach((column, printed) -> {
                CellId id = new CellId(row.side(), row.key(), column);
                if (cells.put(id, new BigDecimal(printed).movePointRight(2).longValueExact()) != null) {
                    throw new IllegalStateException("two cells " + id + " in one table");
                }
            });
        }
        return cells;
    }

    /** The served figure is the exact value rounded once, and the exact value is the sum of its terms. */
    private static void requireConsistent(TableFormulas formulas, CellId cell, String printed) {
        long value = formulas.valueFen(cell);
        long fromTerms = formulas.terms(cell).stream().mapToLong(Term::contributionFen).reduce(0, Math::addExact);
        if (!Money.toWanYuan(value).equals(printed) || fromTerms != value) {
            throw new IllegalStateException("table " + formulas.view().table() + " cell " + cell + " prints " + printed
                    + ", builds to " + value + " fen and sums to " + fromTerms + " fen from its terms:"
                    + " the table is no longer a signed sum of facts");
        }
    }
}
