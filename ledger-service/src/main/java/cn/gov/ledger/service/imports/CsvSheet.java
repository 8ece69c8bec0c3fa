package cn.gov.ledger.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV import file in a known encoding; broken quoting or bytes that are no text refuse the file (400). */
record CsvSheet(Path path, Charset charset) implements ImportSheet {

    @Override
    public void read(Consumer<SheetRow> rows) {
        records((fields, record) -> {
            SheetRow row = new SheetRow(record.getRecordNumber(), cells(fields, record.values()));
            if (!row.blank()) {
                rows.accept(row);
            }
        });
    }

    /** The rows {@link #read} hands over, counted without building them: a whole pass of a large import. */
    @Override
    public long count() {
        long[] rows = {0};
        records((fields, record) -> {
            String[] values = record.values();
            for (int i = 0; i < Math.min(fields.size(), values.length); i++) {
                if (fields.get(i) != null && !values[i].isBlank()) {
                    rows[0]++;
                    return;
                }
            }
        });
        return rows[0];
    }

    private void records(BiConsumer<List<String>, CSVRecord> each) {
        try (Reader reader = new BufferedReader(ImportCharset.strictReader(Files.newInputStream(path), charset));
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                     .parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> fields = ImportColumns.fields(records.hasNext() ? records.next().toList() : List.of());
            while (records.hasNext()) {
                each.accept(fields, records.next());
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static Map<String, String> cells(List<String> fields, String[] values) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < Math.min(fields.size(), values.length); i++) {
            if (fields.get(i) != null && !values[i].isEmpty()) {
                cells.put(fields.get(i), values[i]);
            }
        }
        return cells;
    }

    private RuntimeException unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return ImportCharset.unreadable("文件含有不是 " + charset.name() + " 文本的字节 (the file is not valid "
                    + charset.name() + ")");
        }
        return ImportCharset.unreadable("CSV 格式错误，请检查引号是否成对 (the CSV cannot be parsed: " + e.getMessage() + ")");
    }
}
