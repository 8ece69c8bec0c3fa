package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.catalog.CatalogueScheme;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.query.projection.ReferenceData;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names printed next to codes, looked up once per request for every code the tables can print:
 * the year's catalogue first, then the template's printed names, and the bare code as a last resort
 * (a code the ledger accepted but no catalogue names must still show up rather than vanish).
 */
final class NameBook {

    private final Map<String, String> functional;
    private final Map<String, String> economic;

    private NameBook(Map<String, String> functional, Map<String, String> economic) {
        this.functional = functional;
        this.economic = economic;
    }

    static NameBook load(ReferenceData reference, int fiscalYear, FactCube cube, TableTemplate template) {
        Map<String, String> functional = new HashMap<>();
        Map<String, String> economic = new HashMap<>();
        template.expenditureClasses().forEach(entry -> functional.put(entry.code(), entry.name()));
        template.economicItems().forEach(entry -> economic.put(entry.code(), entry.name()));
        Set<String> functionalCodes = new HashSet<>(functional.keySet());
        Set<String> economicCodes = new HashSet<>(economic.keySet());
        economic.keySet().forEach(code -> economicCodes.add(EconomicCode.of(code).classCode()));
        for (CubeCell cell : cube.cells()) {
            functionalCodes.addAll(FunctionalRows.rollUpCodes(cell.functionalCode()));
            if (cell.economicCode() != null) {
                economicCodes.add(cell.economicCode());
                economicCodes.add(EconomicCode.of(cell.economicCode()).classCode());
            }
        }
        functional.putAll(reference.names(CatalogueScheme.FUNCTIONAL, fiscalYear, functionalCodes));
        economic.putAll(reference.names(CatalogueScheme.ECONOMIC, fiscalYear, economicCodes));
        return new NameBook(functional, economic);
    }

    String functional(String code) {
        return functional.getOrDefault(code, code);
    }

    String economic(String code) {
        return economic.getOrDefault(code, code);
    }
}
