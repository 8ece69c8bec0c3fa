package cn.gov.ledger.query.checks;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.tables.WanYuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Evaluates identities over whichever tables were given, collecting results and what had to be skipped. */
final class Checker {

    /** 0.01 万元 in fen. */
    private static final long CENT = 10_000;

    private final Map<String, Figures> tables;
    private final List<CheckResult> results = new ArrayList<>();
    private final Set<String> skipped = new TreeSet<>();

    Checker(Map<String, Figures> tables) {
        this.tables = tables;
    }

    /** Whether every table an identity reads is there; if not, the identity is recorded as skipped. */
    boolean has(String identity, String... needed) {
        for (String table : needed) {
            if (!tables.containsKey(table)) {
                skipped.add(identity + " (needs table " + String.join(", ", needed) + ")");
                return false;
            }
        }
        return true;
    }

    void skip(String identity, String reason) {
        skipped.add(identity + " (" + reason + ")");
    }

    Figures table(String number) {
        return tables.get(number);
    }

    /** left = right, both the same exact sum printed twice: no tolerance. */
    void same(String identity, String name, Cell left, Cell right) {
        evaluate(identity, name, left, List.of(right.plus()), 0);
    }

    /** left = Σ right, where left was rounded from the exact sum: tolerance ⌊(n + 1) / 2⌋ cents. */
    void sum(String identity, String name, Cell left, List<Signed> right) {
        evaluate(identity, name, left, right, (right.size() + 1) / 2 * CENT);
    }

    /** Records an identity whose right-hand side is a figure the ledger holds but no table prints. */
    void sameAsLedger(String identity, String name, Cell left, String ledgerCell, long ledgerFen) {
        long leftFen = value(left);
        long rounded = WanYuan.printedFen(ledgerFen);
        results.add(new CheckResult(identity, name, leftFen == rounded, term(left, null),
                List.of(new Term(ledgerCell, Money.toWanYuan(rounded), "+")), Money.toWanYuan(rounded),
                Money.toWanYuan(leftFen - rounded), "0.00"));
    }

    List<CheckResult> results() {
        return results;
    }

    List<String> skipped() {
        return List.copyOf(skipped);
    }

    private void evaluate(String identity, String name, Cell left, List<Signed> right, long tolerance) {
        long leftFen = value(left);
        long rightFen = 0;
        List<Term> terms = new ArrayList<>();
        for (Signed signed : right) {
            long fen = value(signed.cell());
            rightFen += signed.negative() ? -fen : fen;
            terms.add(term(signed.cell(), signed.negative() ? "-" : "+"));
        }
        long difference = leftFen - rightFen;
        results.add(new CheckResult(identity, name, Math.abs(difference) <= tolerance, term(left, null), terms,
                Money.toWanYuan(rightFen), Money.toWanYuan(difference), Money.toWanYuan(tolerance)));
    }

    private long value(Cell cell) {
        return tables.get(cell.table()).value(cell.row(), cell.column());
    }

    private Term term(Cell cell, String sign) {
        return new Term(cell.table() + "/" + cell.row() + "/" + cell.column(), Money.toWanYuan(value(cell)), sign);
    }

    /** A printed cell: table number, row reference (see {@link Figures.FigureRow#ref()}), column key. */
    record Cell(String table, String row, String column) {

        Signed plus() {
            return new Signed(this, false);
        }

        Signed minus() {
            return new Signed(this, true);
        }
    }

    record Signed(Cell cell, boolean negative) {
    }
}
