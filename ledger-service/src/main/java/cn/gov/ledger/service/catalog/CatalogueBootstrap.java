package cn.gov.ledger.service.catalog;

import cn.gov.ledger.api.catalog.CatalogueScheme;
import cn.gov.ledger.service.config.LedgerProperties;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** At start, every configured fiscal year without a catalogue gets the one shipped in the jar. */
@Component
class CatalogueBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueBootstrap.class);

    private final LedgerProperties properties;
    private final Catalogue catalogue;
    private final CatalogueService service;

    CatalogueBootstrap(LedgerProperties properties, Catalogue catalogue, CatalogueService service) {
        this.properties = properties;
        this.catalogue = catalogue;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Map.Entry<Integer, String> year : properties.catalog().shipped().entrySet()) {
            for (CatalogueScheme scheme : CatalogueScheme.values()) {
                if (catalogue.items(scheme, year.getKey()).isEmpty()) {
                    String path = "catalog/" + year.getValue() + "/" + scheme.name().toLowerCase() + ".csv";
                    try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
                            StandardCharsets.UTF_8)) {
                        service.load(year.getKey(), scheme, "classpath:" + path,
                                CatalogueCsv.parse(scheme, reader), "system");
                    }
                    log.info("loaded the shipped {} catalogue {} for fiscal year {}", scheme, path, year.getKey());
                }
            }
        }
    }
}
