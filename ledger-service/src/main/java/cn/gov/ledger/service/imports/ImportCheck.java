package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.IdempotencyStore;
import cn.gov.ledger.service.posting.PostingValidator;
import cn.gov.ledger.service.posting.ValidPosting;
import cn.gov.ledger.service.posting.YearGuard;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pass 1 of an import. Rows arrive in file order and are checked in batches: which were posted by an earlier
 * import (skipped, not re-checked), then fields, closed years and the budget, in order. Reading and the field
 * checks ({@link #read}) run on {@link ImportPipeline}'s preparing thread, the rest ({@link #check}) on the
 * transaction's thread, so the two overlap.
 */
final class ImportCheck {

    record Checked(ImportRow row, ValidPosting posting) {
    }

    private final PostingValidator validator;
    private final Set<EntryKind> permitted;
    private final YearGuard years;
    private final IdempotencyStore keys;
    private final BudgetSimulation budget;
    private final int batchSize;
    private final ImportProgress progress;
    // both threads add to it; it is read once both are done
    private final List<FieldError> errors = Collections.synchronizedList(new ArrayList<>());
    private final BitSet alreadyPosted = new BitSet();
    private final Map<String, Boolean> closed = new HashMap<>();
    private int rows;

    ImportCheck(PostingValidator validator, Set<EntryKind> permitted, YearGuard years, IdempotencyStore keys,
                BudgetSimulation budget, int batchSize, ImportProgress progress) {
        this.validator = validator;
        this.permitted = permitted;
        this.years = years;
        this.keys = keys;
        this.budget = budget;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    /** Reads the file, validating each row's fields, and hands the rows on in batches. */
    void read(ImportFile file, Consumer<List<Checked>> batches) {
        List<List<Checked>> batch = new ArrayList<>(List.of(new ArrayList<>()));
        file.forEachRow(row -> {
            batch.get(0).add(accept(row));
            if (batch.get(0).size() == batchSize) {
                batches.accept(batch.set(0, new ArrayList<>()));
            }
        }, this::reject);
        batches.accept(batch.get(0));
    }

    private Checked accept(ImportRow row) {
        rows++;
        progress.checked(1);
        if (!permitted.contains(row.type())) {
            errors.add(new FieldError(row.line(), "type", row.type() + " rows need the role "
                    + RowRoles.role(row.type())));
        }
        try {
            return new Checked(row, validator.validate(row.type(), row.request()));
        } catch (InvalidRequestException e) {
            e.errors().forEach(error -> errors.add(error.atLine(row.line())));
            return new Checked(row, null);
        }
    }

    private void reject(FieldError error) {
        rows++;
        progress.checked(1);
        errors.add(error);
    }

    /** Skips the rows posted before and checks the rest against closed years and the budget, in file order. */
    void check(List<Checked> batch) {
        Set<String> posted = new HashSet<>(keys.taken(batch.stream().map(c -> c.row().key()).toList()));
        for (Checked checked : batch) {
            if (posted.contains(checked.row().key())) {
                alreadyPosted.set(checked.row().index());
            } else if (checked.posting() != null) {
                check(checked.row(), checked.posting());
            }
        }
    }

    private void check(ImportRow row, ValidPosting posting) {
        Classification c = posting.classification();
        String unitYear = c.department() + "/" + c.unit() + "/" + c.fiscalYear();
        if (closed.computeIfAbsent(unitYear, key -> years.isClosed(c.department(), c.unit(), c.fiscalYear()))) {
            errors.add(new FieldError(row.line(), "fiscalYear", "fiscal year " + c.fiscalYear() + " is closed"));
            return;
        }
        String refusal = budget.apply(posting).refusal();
        if (refusal != null) {
            errors.add(new FieldError(row.line(), "amount", refusal));
        }
    }

    List<FieldError> errors() {
        return errors;
    }

    BitSet alreadyPosted() {
        return alreadyPosted;
    }

    int rows() {
        return rows;
    }
}
