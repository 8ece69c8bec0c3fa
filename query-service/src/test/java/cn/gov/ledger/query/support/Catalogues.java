package cn.gov.ledger.query.support;

import cn.gov.ledger.api.catalog.CatalogueItem;
import cn.gov.ledger.api.catalog.CatalogueLoaded;
import cn.gov.ledger.api.catalog.CatalogueScheme;
import cn.gov.ledger.api.code.ClassificationLevel;
import cn.gov.ledger.query.export.CsvText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The 2024 catalogues shipped by the write side, as the CatalogueLoaded events it appends. */
final class Catalogues {

    private static final Path DIRECTORY = Path.of("../ledger-service/src/main/resources/catalog/2024");

    private Catalogues() {
    }

    static List<LedgerEvents.Pending> load2024() throws IOException {
        List<LedgerEvents.Pending> events = new ArrayList<>();
        for (CatalogueScheme scheme : CatalogueScheme.values()) {
            Path file = DIRECTORY.resolve(scheme.name().toLowerCase() + ".csv");
            if (Files.exists(file)) {
                events.add(new LedgerEvents.Pending("catalogue-2024-" + scheme,
                        new CatalogueLoaded(2024, scheme, file.getFileName().toString(), items(file))));
            }
        }
        return events;
    }

    private static List<CatalogueItem> items(Path file) throws IOException {
        List<List<String>> records = CsvText.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<CatalogueItem> items = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            String parent = record.size() > 3 && !record.get(3).isBlank() ? record.get(3).trim() : null;
            items.add(new CatalogueItem(record.get(0).trim(), record.get(1).trim(),
                    ClassificationLevel.ofLabel(record.get(2).trim()), parent));
        }
        return items;
    }
}
