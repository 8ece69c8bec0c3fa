package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.export.CsvText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The templates of every year shipped; a year without its own uses the latest earlier one. */
@Component
class TableTemplates {

    private static final Pattern YEAR = Pattern.compile("template-(\\d{4})\\.csv$");

    private final TreeMap<Integer, TableTemplate> byYear = new TreeMap<>();

    TableTemplates(TablesProperties properties) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(properties.templates())) {
            Matcher year = YEAR.matcher(String.valueOf(resource.getFilename()));
            if (year.find()) {
                int fiscalYear = Integer.parseInt(year.group(1));
                byYear.put(fiscalYear, parse(fiscalYear, resource));
            }
        }
        if (byYear.isEmpty()) {
            throw new IllegalStateException("no table template found at " + properties.templates());
        }
    }

    TableTemplate forYear(int fiscalYear) {
        Map.Entry<Integer, TableTemplate> entry = byYear.floorEntry(fiscalYear);
        return entry != null ? entry.getValue() : byYear.firstEntry().getValue();
    }

    private static TableTemplate parse(int fiscalYear, Resource resource) {
        List<TableTemplate.Entry> classes = new ArrayList<>();
        List<TableTemplate.Entry> economic = new ArrayList<>();
        try {
            List<List<String>> records = CsvText.parse(resource.getContentAsString(StandardCharsets.UTF_8));
            for (List<String> record : records.subList(1, records.size())) {
                String line = record.size() > 3 ? record.get(3).trim() : "";
                TableTemplate.Entry entry = new TableTemplate.Entry(record.get(1).trim(), record.get(2).trim(),
                        line.isEmpty() ? null : Integer.valueOf(line));
                switch (record.get(0).trim()) {
                    case "expenditure_class" -> classes.add(entry);
                    case "economic_template" -> economic.add(entry);
                    default -> { } // kinds the tables do not print are for other readers of the file
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table template " + resource, e);
        }
        return new TableTemplate(fiscalYear, List.copyOf(classes), List.copyOf(economic));
    }
}
