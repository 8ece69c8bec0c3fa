package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.budget.BudgetLineBook;
import cn.gov.ledger.service.config.EventAppendLock;
import cn.gov.ledger.service.config.LedgerProperties;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.IdempotencyStore;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.PostingValidator;
import cn.gov.ledger.service.posting.YearGuard;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bulk import, all or nothing: pass 1 streams the file and finds every bad row (fields, catalogue, closed
 * year, budget); only a clean file reaches pass 2, which posts every row not posted before in the caller's
 * single transaction, holding the exclusive append lock (see {@link EventAppendLock}). Pass 2 decides the
 * budget again under that lock and appends the aggregates' own events in batches rather than one command
 * per row (a million rows through the command bus would take the better part of an hour), with COPY; one thread
 * prepares the next batch ({@link PassTwo}) while the transaction's thread sends the last ({@link ImportPipeline}).
 */
@Service
class ImportService {

    private static final int BATCH = 1000;
    /** Rows per COPY: larger batches cost fewer round trips; memory stays a few megabytes. */
    static final int COPY_BATCH = 5000;

    private final PostingValidator validator;
    private final YearGuard years;
    private final IdempotencyStore keys;
    private final Serializer eventSerializer;
    private final PostingService postings;
    private final EventAppendLock appendLock;
    private final BudgetLineBook lines;
    private final Cache aggregateCache;
    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final int maxErrors;

    ImportService(PostingValidator validator, YearGuard years, IdempotencyStore keys,
                  @Qualifier("eventSerializer") Serializer eventSerializer,
                  PostingService postings, EventAppendLock appendLock, BudgetLineBook lines, Cache aggregateCache,
                  JdbcTemplate jdbc, MeterRegistry meters, LedgerProperties properties) {
        this.validator = validator;
        this.years = years;
        this.keys = keys;
        this.eventSerializer = eventSerializer;
        this.postings = postings;
        this.appendLock = appendLock;
        this.lines = lines;
        this.aggregateCache = aggregateCache;
        this.jdbc = jdbc;
        this.meters = meters;
        this.maxErrors = properties.importing().maxErrorsReported();
    }

    Outcome run(ImportFile file, Actor actor, ImportProgress progress) {
        progress.total(file.rows());
        ImportCheck check = new ImportCheck(validator, RowRoles.permitted(), years, keys,
                new BudgetSimulation(lines), BATCH, progress);
        ImportPipeline.<List<ImportCheck.Checked>>run(batches -> check.read(file, batches), check::check);
        if (!check.errors().isEmpty()) {
            throw new InvalidRequestException(limited(check.errors()));
        }
        progress.checkedAll(check.alreadyPosted().cardinality());
        appendLock.exclusive();
        clearCacheAfterwards();
        return post(file, check.alreadyPosted(), check.rows(), actor, progress);
    }

    private Outcome post(ImportFile file, BitSet alreadyPosted, int rows, Actor actor, ImportProgress progress) {
        Map<EntryKind, Integer> byType = new EnumMap<>(EntryKind.class);
        EventCopy copy = new EventCopy(jdbc, eventSerializer);
        ImportWriter[] writer = new ImportWriter[1];
        ImportPipeline.<EventCopy.Batch>run(batches -> {
            writer[0] = new PassTwo(validator, lines, jdbc).prepare(file, alreadyPosted, actor.name(), byType, copy,
                    batches);
        }, batch -> {
            batch.unitYears().forEach(c -> years.assertOpen(c.department(), c.unit(), c.fiscalYear()));
            copy.write(batch);
            progress.posted(batch.size());
        });
        writer[0].writeLines();
        byType.forEach((type, n) -> meters.counter("ledger.entries.accepted", "type", type.name()).increment(n));
        int posted = byType.values().stream().mapToInt(Integer::intValue).sum();
        ObjectNode body = postings.json().createObjectNode().put("sha256", file.sha256()).put("rows", rows)
                .put("posted", posted).put("duplicates", rows - posted);
        body.set("byType", postings.json().valueToTree(byType));
        Long position = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        body.put("position", position.longValue());
        return new Outcome(200, body, false);
    }

    private List<FieldError> limited(List<FieldError> errors) {
        errors.sort(Comparator.comparing(FieldError::line, Comparator.nullsLast(Comparator.naturalOrder())));
        if (errors.size() <= maxErrors) {
            return errors;
        }
        List<FieldError> first = new ArrayList<>(errors.subList(0, maxErrors));
        first.add(new FieldError("file", (errors.size() - maxErrors) + " more errors not listed"));
        return first;
    }

    /**
     * The import appends events without loading the aggregates, so whatever state the cache holds for them is
     * behind once the import commits: the cache is emptied after the transaction, whatever its outcome.
     */
    private void clearCacheAfterwards() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                aggregateCache.removeAll();
            }
        });
    }
}
