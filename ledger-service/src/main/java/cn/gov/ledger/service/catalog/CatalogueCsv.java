package cn.gov.ledger.service.catalog;

import cn.gov.ledger.api.catalog.CatalogueItem;
import cn.gov.ledger.api.catalog.CatalogueScheme;
import cn.gov.ledger.api.code.ClassificationLevel;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.support.BomSkippingReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a catalogue file ({@code code,name,level,parent}; level 类/款/项) and checks it whole: every code
 * of the right length for its level, unique, and under an existing parent whose code it extends.
 */
final class CatalogueCsv {

    private CatalogueCsv() {
    }

    static List<CatalogueItem> parse(CatalogueScheme scheme, Reader reader) throws IOException {
        List<CatalogueItem> items = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, CatalogueItem> byCode = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        for (CSVRecord record : format.parse(new BomSkippingReader(reader))) {
            String line = "line " + (record.getRecordNumber() + 1);
            try {
                CatalogueItem item = item(scheme, record);
                if (byCode.putIfAbsent(item.code(), item) != null) {
                    errors.add(new FieldError(line, "duplicate code " + item.code()));
                }
                items.add(item);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(line, e.getMessage()));
            }
        }
        for (CatalogueItem item : items) {
            if (item.parent() != null && !byCode.containsKey(item.parent())) {
                errors.add(new FieldError(item.code(), "parent " + item.parent() + " is not in the file"));
            }
        }
        if (items.isEmpty()) {
            errors.add(new FieldError("file", "no catalogue rows (header code,name,level,parent)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return items;
    }

    private static CatalogueItem item(CatalogueScheme scheme, CSVRecord record) {
        if (!record.isConsistent()) {
            throw new IllegalArgumentException("expected 4 columns: code,name,level,parent");
        }
        String code = record.get("code");
        String name = record.get("name");
        ClassificationLevel level = ClassificationLevel.ofLabel(record.get("level"));
        String parent = record.get("parent").isEmpty() ? null : record.get("parent");
        int digits = switch (level) {
            case CLASS -> 3;
            case SECTION -> 5;
            case ITEM -> 7;
        };
        if (scheme == CatalogueScheme.ECONOMIC && level == ClassificationLevel.ITEM) {
            throw new IllegalArgumentException("the economic classification has no 项 level");
        }
        if (!code.matches("\\d{" + digits + "}")) {
            throw new IllegalArgumentException("code " + code + " must have " + digits + " digits for a " + level.label());
        }
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("name of " + code + " must have 1–200 characters");
        }
        if (level == ClassificationLevel.CLASS ? parent != null : parent == null || !code.startsWith(parent)) {
            throw new IllegalArgumentException("code " + code + " has the wrong parent " + parent);
        }
        return new CatalogueItem(code, name, level, parent);
    }
}
