package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.budget.BudgetLineBook;
import cn.gov.ledger.service.posting.PostingValidator;
import cn.gov.ledger.service.posting.ValidPosting;
import cn.gov.ledger.service.problem.Rejection;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pass 2 of an import up to the COPY: every row not posted before is validated again, its budget decided again
 * in file order, and encoded in batches for {@link EventCopy}. It runs on {@link ImportPipeline}'s preparing
 * thread, which holds no transaction.
 */
final class PassTwo {

    private static final int COPY_BATCH = ImportService.COPY_BATCH;

    private final PostingValidator validator;
    private final BudgetLineBook lines;
    private final JdbcTemplate jdbc;

    PassTwo(PostingValidator validator, BudgetLineBook lines, JdbcTemplate jdbc) {
        this.validator = validator;
        this.lines = lines;
        this.jdbc = jdbc;
    }

    /**
     * Pass 2's reading and encoding, on the pipeline's preparing thread: outside the transaction, so it reads
     * committed rows only, which the exclusive append lock keeps as they are; the unit-years' locks are taken by
     * the transaction's thread, before the batch that needs them is written.
     */
    ImportWriter prepare(ImportFile file, BitSet alreadyPosted, String actor, Map<EntryKind, Integer> byType,
                                 EventCopy copy, Consumer<EventCopy.Batch> batches) {
        Set<String> openYears = new HashSet<>();
        BudgetSimulation budget = new BudgetSimulation(lines);
        ImportWriter writer = new ImportWriter(copy, jdbc, actor, COPY_BATCH, batches);
        file.forEachRow(row -> {
            if (alreadyPosted.get(row.index())) {
                return;
            }
            ValidPosting posting = validator.validate(row.type(), row.request());
            Classification c = posting.classification();
            if (openYears.add(c.department() + "/" + c.unit() + "/" + c.fiscalYear())) {
                writer.mustBeOpen(c);
            }
            BudgetSimulation.Applied applied = budget.apply(posting);
            if (applied.refusal() != null) {
                throw Rejection.conflict("import-refused", "导入被拒绝 Import refused", "line " + row.line()
                        + ": " + applied.refusal() + " (the ledger changed since the file was checked)")
                        .with("line", row.line());
            }
            writer.add(row, posting, applied.line());
            byType.merge(row.type(), 1, Integer::sum);
        }, bad -> {
            throw new IllegalStateException("row checked in pass 1 failed in pass 2: " + bad);
        });
        writer.flush();
        return writer;
    }
}
