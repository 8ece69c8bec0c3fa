package cn.gov.ledger.query.execution;

import cn.gov.ledger.api.code.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows and the monthly curve as CSV (Commons CSV, RFC 4180): plain figures as in JSON, the JSON field
 * names as headers. A text that a spreadsheet would take for a formula is written with a leading quote.
 */
final class ExecutionCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ExecutionCsv() {
    }

    static String rows(ExecutionView view) {
        return write(csv -> {
            csv.printRecord("key", "code", "name", "level", "functionalCode", "economicCode", "source",
                    "expenditureType", "project", "unit", "budget", "spent", "available", "rate", "timeProgress",
                    "gap", "lagging");
            for (ExecutionRow row : view.rows()) {
                csv.printRecord(row.key(), row.code(), text(row.name()), row.level(), row.functionalCode(),
                        row.economicCode(), row.source(), row.expenditureType(), text(row.project()), row.unit(),
                        yuan(row.budgetFen()), yuan(row.spentFen()), yuan(row.availableFen()), row.rate(), view.timeProgress(), row.gap(),
                        row.lagging());
            }
        });
    }

    static String months(MonthlyView view) {
        return write(csv -> {
            csv.printRecord("month", "through", "budget", "spent", "rate", "timeProgress");
            for (MonthPoint month : view.months()) {
                csv.printRecord(month.month(), month.through(), yuan(month.budgetFen()), yuan(month.spentFen()), month.rate(),
                        month.timeProgress());
            }
        });
    }

    private static String yuan(long fen) {
        return Money.toYuan(fen);
    }

    private static String text(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            body.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Body {
        void print(CSVPrinter csv) throws IOException;
    }
}
