package cn.gov.ledger.query.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV text read through Commons CSV: a leading BOM skipped, blank lines left out, every record as its fields. */
public final class CsvText {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private CsvText() {
    }

    public static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("not valid CSV: " + e.getMessage(), e);
        }
        return records;
    }
}
