package cn.gov.ledger.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes an import file row by row straight to disk, so its size is bounded by the disk, not the heap.
 * Every fifth row is INCOME, the rest EXPENDITURE within the budget set up; each row has its own document
 * or voucher number (with the run id) so no two rows, and no two runs, are the same posting. A file that
 * brings its own budget starts with one APPROPRIATION per line, so its expenditures pass budget control
 * without any setup beyond registering the department and its units.
 */
final class ImportCsv {

    static final String HEADER = "type,department,unit,fiscalYear,source,functionalCode,expenditureType,project,"
            + "economicCode,amount,businessDate,documentNo,voucherNo,payee,memo,reason";
    static final int INCOME_EVERY = 5;

    private ImportCsv() {
    }

    /** Writes the header and {@code rows} rows; no field contains a comma or quote, so none needs quoting. */
    static void write(Path file, int rows, List<BudgetLine> lines, String department, int year, String runId,
                      RandomGenerator random) throws IOException {
        write(file, rows, lines, department, year, runId, random, false);
    }

    /** With {@code budgetFirst}, the first of the {@code rows} rows appropriate {@link Setup#BUDGET} on each line. */
    static void write(Path file, int rows, List<BudgetLine> lines, String department, int year, String runId,
                      RandomGenerator random, boolean budgetFirst) throws IOException {
        Samples samples = new Samples(random, year);
        int budgetRows = budgetFirst ? Math.min(rows, lines.size()) : 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < budgetRows; i++) {
                out.write(appropriation(lines.get(i), department, year, runId, i));
                out.write('\n');
            }
            for (int i = budgetRows; i < rows; i++) {
                BudgetLine line = lines.get(i % lines.size());
                out.write(i % INCOME_EVERY == 0 ? income(line, department, year, runId, i, samples)
                        : expenditure(line, department, year, runId, i, samples));
                out.write('\n');
            }
        }
    }

    private static String appropriation(BudgetLine line, String department, int year, String runId, int i) {
        return String.join(",", "APPROPRIATION", department, line.unit(), String.valueOf(year), BudgetLine.SOURCE,
                line.functionalCode(), line.expenditureType(), line.project() == null ? "" : line.project(), "",
                Setup.BUDGET, year + "-01-02", "BA-" + runId + "-" + i, "", "", "基准测试年初预算", "");
    }

    private static String income(BudgetLine line, String department, int year, String runId, int i,
                                 Samples samples) {
        return String.join(",", "INCOME", department, line.unit(), String.valueOf(year), BudgetLine.SOURCE,
                line.functionalCode(), "", "", "", samples.amount(), samples.date().toString(),
                "BI-" + runId + "-" + i, "", "", "基准测试导入收入", "");
    }

    private static String expenditure(BudgetLine line, String department, int year, String runId, int i,
                                      Samples samples) {
        return String.join(",", "EXPENDITURE", department, line.unit(), String.valueOf(year), BudgetLine.SOURCE,
                line.functionalCode(), line.expenditureType(), line.project() == null ? "" : line.project(),
                samples.economicCode(), samples.amount(), samples.date().toString(), "", "BE-" + runId + "-" + i,
                "基准测试供应商" + i % 50, "基准测试导入支出", "");
    }
}
