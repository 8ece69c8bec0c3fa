package cn.gov.ledger.service.catalog;

import cn.gov.ledger.api.catalog.CatalogueItem;
import cn.gov.ledger.api.catalog.CatalogueScheme;
import cn.gov.ledger.api.code.ClassificationLevel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The catalogues in force per fiscal year, held in memory (a few thousand rows a year) for validation. */
@Component
public class Catalogue {

    private final JdbcTemplate jdbc;
    private final Map<String, Map<String, CatalogueItem>> byYear = new ConcurrentHashMap<>();

    Catalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isFunctionalItem(int year, String code) {
        CatalogueItem item = items(CatalogueScheme.FUNCTIONAL, year).get(code);
        return item != null && item.level() == ClassificationLevel.ITEM;
    }

    public boolean isEconomicItem(int year, String code) {
        CatalogueItem item = items(CatalogueScheme.ECONOMIC, year).get(code);
        return item != null && item.level() == ClassificationLevel.SECTION;
    }

    public String explainFunctional(int year, String code) {
        return explain(CatalogueScheme.FUNCTIONAL, year, code, "项");
    }

    public String explainEconomic(int year, String code) {
        return explain(CatalogueScheme.ECONOMIC, year, code, "款");
    }

    public Map<String, CatalogueItem> items(CatalogueScheme scheme, int year) {
        return byYear.computeIfAbsent(scheme + ":" + year, key -> jdbc.query(
                "SELECT code, name, level, parent FROM catalogue_item WHERE scheme = ? AND fiscal_year = ?",
                (rs, i) -> new CatalogueItem(rs.getString(1), rs.getString(2),
                        ClassificationLevel.valueOf(rs.getString(3)), rs.getString(4)),
                scheme.name(), year).stream().collect(Collectors.toMap(CatalogueItem::code, item -> item)));
    }

    void forget(CatalogueScheme scheme, int year) {
        byYear.remove(scheme + ":" + year);
    }

    private String explain(CatalogueScheme scheme, int year, String code, String needed) {
        Map<String, CatalogueItem> items = items(scheme, year);
        if (items.isEmpty()) {
            return "no " + scheme.name().toLowerCase() + " catalogue is loaded for " + year;
        }
        CatalogueItem item = items.get(code);
        if (item == null) {
            return "unknown code " + code + " in the " + year + " catalogue";
        }
        return code + " " + item.name() + " is a " + item.level().label() + "; a " + needed + " code is needed";
    }
}
