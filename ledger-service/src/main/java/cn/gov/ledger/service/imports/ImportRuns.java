package cn.gov.ledger.service.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The imports of the last while, by user and import id, so that the client that started one can poll it. Kept
 * in memory (an import runs in one request of this instance) and bounded: the oldest are forgotten.
 */
@Component
public class ImportRuns {

    private static final int KEPT = 200;

    private final Map<String, ImportRun> runs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportRun> eldest) {
            return size() > KEPT;
        }
    };

    synchronized ImportRun start(String user, String id) {
        ImportRun run = new ImportRun(id);
        runs.put(user + "\u0000" + id, run);
        return run;
    }

    /** The progress of the user's import {@code id}; another user's import of the same id is not theirs. */
    public synchronized Optional<ImportProgressView> progress(String user, String id) {
        return Optional.ofNullable(runs.get(user + "\u0000" + id)).map(ImportRun::view);
    }
}
