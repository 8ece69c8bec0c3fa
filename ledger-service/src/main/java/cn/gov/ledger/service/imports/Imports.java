package cn.gov.ledger.service.imports;

import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.support.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.stereotype.Service;

/** One import of a CSV file under an idempotency key, from the API's request body or the console's upload. */
@Service
public class Imports {

    private final PostingService postings;
    private final ImportService imports;

    Imports(PostingService postings, ImportService imports) {
        this.postings = postings;
        this.imports = imports;
    }

    public Outcome importCsv(InputStream body, String idempotencyKey, Actor actor) throws IOException {
        try (ImportFile file = ImportFile.spool(body)) {
            return postings.execute("IMPORT", idempotencyKey, Map.of("sha256", file.sha256()),
                    () -> imports.run(file, actor));
        }
    }
}
