package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.MetaDataKeys;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.ValidPosting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prepares an import in batches: events for the event store with the next sequence numbers of their aggregates
 * (safe: the import holds the exclusive append lock, so nobody else appends meanwhile), then the write-side rows
 * those events imply, each batch as one COPY per table ({@link EventCopy}). It runs on the import's preparing
 * thread and hands each batch to {@code sink}; the sequence numbers it reads there are the committed ones, which
 * nobody can move while the lock is held, plus the ones it counted itself. {@link #writeLines()} runs on the
 * transaction's thread once every batch is written.
 */
final class ImportWriter {

    private record Row(ImportRow row, ValidPosting posting, ImportEvents.Planned event) {
    }

    private record LineDelta(Classification line, long budgetFen, long spentFen) {
    }

    private final EventCopy copy;
    private final JdbcTemplate jdbc;
    private final String actor;
    private final int batchSize;
    private final Consumer<EventCopy.Batch> sink;
    private final List<Classification> unitYears = new ArrayList<>();
    private final List<Row> batch = new ArrayList<>();
    private final Map<String, Long> lastSequence = new HashMap<>();
    private final Map<String, LineDelta> lines = new LinkedHashMap<>();

    ImportWriter(EventCopy copy, JdbcTemplate jdbc, String actor, int batchSize, Consumer<EventCopy.Batch> sink) {
        this.copy = copy;
        this.jdbc = jdbc;
        this.actor = actor;
        this.batchSize = batchSize;
        this.sink = sink;
    }

    /** A unit-year the next batch posts into for the first time: the writer must find it still open. */
    void mustBeOpen(Classification unitYear) {
        unitYears.add(unitYear);
    }

    void add(ImportRow row, ValidPosting posting, Classification line) {
        ImportEvents.Planned event = ImportEvents.of(posting, row.entryId(), line);
        batch.add(new Row(row, posting, event));
        if (line != null) {
            boolean spent = posting.kind() == EntryKind.EXPENDITURE;
            lines.merge(line.budgetLineId(), new LineDelta(line, spent ? 0 : posting.amountFen(),
                    spent ? posting.amountFen() : 0), (a, b) -> new LineDelta(a.line(), a.budgetFen() + b.budgetFen(),
                    a.spentFen() + b.spentFen()));
        }
        if (batch.size() == batchSize) {
            flush();
        }
    }

    /** Hands over the rows added since the last batch, if any. */
    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        loadSequences();
        List<EventCopy.Entry> entries = new ArrayList<>(batch.size());
        for (Row r : batch) {
            long sequence = lastSequence.merge(r.event().aggregateId(), 1L, Long::sum);
            DomainEventMessage<?> message = new GenericDomainEventMessage<>(r.event().aggregateType(),
                    r.event().aggregateId(), sequence, r.event().payload(), MetaData.with(MetaDataKeys.ACTOR, actor)
                    .and(MetaDataKeys.COMMAND_ID, UUID.randomUUID().toString())
                    .and(MetaDataKeys.IDEMPOTENCY_KEY, r.row().key()));
            entries.add(new EventCopy.Entry(r.row(), r.posting(), r.event().aggregateType(), message));
        }
        sink.accept(copy.prepare(entries, List.copyOf(unitYears)));
        unitYears.clear();
        batch.clear();
    }

    /** Budget lines as the write side shows them: new lines inserted, existing ones moved by the totals. */
    void writeLines() {
        copy.refreshStatistics();
        jdbc.batchUpdate("INSERT INTO budget_line (line_id, department, unit, fiscal_year, functional_code, source,"
                        + " expenditure_type, project, economic_code, budget_fen, spent_fen)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (line_id) DO UPDATE SET"
                        + " budget_fen = budget_line.budget_fen + EXCLUDED.budget_fen,"
                        + " spent_fen = budget_line.spent_fen + EXCLUDED.spent_fen",
                lines.entrySet().stream().map(e -> {
                    Classification l = e.getValue().line();
                    return new Object[] {e.getKey(), l.department(), l.unit(), l.fiscalYear(),
                            l.functionalCode().value(), l.source().name(), l.expenditureType().name(), l.project(),
                            l.economicCode() == null ? null : l.economicCode().value(), e.getValue().budgetFen(),
                            e.getValue().spentFen()};
                }).toList());
    }

    private void loadSequences() {
        String[] unknown = batch.stream().map(r -> r.event().aggregateId()).filter(id -> !lastSequence.containsKey(id))
                .distinct().toArray(String[]::new);
        if (unknown.length == 0) {
            return;
        }
        for (String id : unknown) {
            lastSequence.put(id, -1L);
        }
        jdbc.query("SELECT aggregate_identifier, max(sequence_number) FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ANY (?) GROUP BY aggregate_identifier",
                rs -> {
                    lastSequence.put(rs.getString(1), rs.getLong(2));
                }, (Object) unknown);
    }
}
