package cn.gov.ledger.service.imports;

import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.support.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * One import of a file (CSV or Excel workbook) under an idempotency key, from the API's request body or the
 * console's upload, with its progress kept under the client's import id while it runs.
 */
@Service
public class Imports {

    private final PostingService postings;
    private final ImportService imports;
    private final ImportRuns runs;

    Imports(PostingService postings, ImportService imports, ImportRuns runs) {
        this.postings = postings;
        this.imports = imports;
        this.runs = runs;
    }

    /**
     * @param charset  the {@code charset} the client declared for a CSV, or null to detect UTF-8 or GBK
     * @param importId the id under which the client polls the progress, or null when nobody does
     */
    public Outcome importFile(InputStream body, String charset, String idempotencyKey, String importId, Actor actor)
            throws IOException {
        ImportRun run = importId == null ? null : runs.start(actor.name(), importId);
        ImportProgress progress = run == null ? ImportProgress.NONE : run;
        boolean ok = false;
        try (ImportFile file = ImportFile.spool(body, charset)) {
            Outcome outcome = postings.execute("IMPORT", idempotencyKey, Map.of("sha256", file.sha256()),
                    () -> imports.run(file, actor, progress));
            ok = true;
            return outcome;
        } finally {
            if (run != null) {
                run.finished(ok);
            }
        }
    }
}
