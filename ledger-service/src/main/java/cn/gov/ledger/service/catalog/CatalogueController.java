package cn.gov.ledger.service.catalog;

import cn.gov.ledger.api.catalog.CatalogueItem;
import cn.gov.ledger.api.catalog.CatalogueScheme;
import cn.gov.ledger.api.code.ClassificationLevel;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.Rejection;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Browse and search a year's catalogue by code or name; load another year's from a CSV file. */
@RestController
class CatalogueController {

    private final Catalogue catalogue;
    private final CatalogueService service;

    CatalogueController(Catalogue catalogue, CatalogueService service) {
        this.catalogue = catalogue;
        this.service = service;
    }

    /** Code prefix or name substring; {@code level} (CLASS, SECTION, ITEM) keeps only the codes a field takes. */
    @GetMapping("/api/v1/catalogues/{year}/{scheme}")
    List<CatalogueItem> search(@PathVariable int year, @PathVariable String scheme,
                               @RequestParam(required = false) String q,
                               @RequestParam(required = false) String level,
                               @RequestParam(defaultValue = "50") int limit) {
        String query = q == null ? "" : q.trim();
        ClassificationLevel wanted = level(level);
        return catalogue.items(scheme(scheme), year).values().stream()
                .filter(item -> wanted == null || item.level() == wanted)
                .filter(item -> item.code().startsWith(query) || item.name().contains(query))
                .sorted(Comparator.comparing(CatalogueItem::code))
                .limit(Math.max(1, Math.min(limit, 5000)))
                .toList();
    }

    @PostMapping(path = "/api/v1/catalogues/{year}/{scheme}", consumes = {"text/csv", "text/plain"})
    Map<String, Object> load(@PathVariable int year, @PathVariable String scheme, HttpServletRequest request)
            throws IOException {
        CatalogueScheme parsed = scheme(scheme);
        List<CatalogueItem> items = CatalogueCsv.parse(parsed,
                new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
        service.load(year, parsed, "upload", items, Actor.current().name());
        return Map.of("fiscalYear", year, "scheme", parsed, "items", items.size());
    }

    private static ClassificationLevel level(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ClassificationLevel.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldError("level", "must be one of "
                    + Arrays.toString(ClassificationLevel.values()))));
        }
    }

    private static CatalogueScheme scheme(String text) {
        try {
            return CatalogueScheme.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.notFound("unknown-catalogue", "目录不存在 Unknown catalogue",
                    "catalogue must be functional or economic, not " + text);
        }
    }
}
