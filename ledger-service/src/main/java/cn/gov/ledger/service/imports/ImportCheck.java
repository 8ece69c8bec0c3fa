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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 1 of an import. Rows arrive in file order and are checked in batches: which were posted by an earlier
 * import (skipped, not re-checked), then fields, closed years and the budget, in order.
 */
final class ImportCheck {

    private record Checked(ImportRow row, ValidPosting posting) {
    }

    private final PostingValidator validator;
    private final Set<EntryKind> permitted;
    private final YearGuard years;
    private final IdempotencyStore keys;
    private final BudgetSimulation budget;
    private final int batchSize;
    private final ImportProgress progress;
    private final List<Checked> batch = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();
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

    void accept(ImportRow row) {
        rows++;
        progress.checked(1);
        if (!permitted.contains(row.type())) {
            errors.add(new FieldError(row.line(), "type", row.type() + " rows need the role "
                    + RowRoles.role(row.type())));
        }
        try {
            batch.add(new Checked(row, validator.validate(row.type(), row.request())));
        } catch (InvalidRequestException e) {
            batch.add(new Checked(row, null));
            e.errors().forEach(error -> errors.add(error.atLine(row.line())));
        }
        if (batch.size() == batchSize) {
            finish();
        }
    }

    void reject(FieldError error) {
        rows++;
        progress.checked(1);
        errors.add(error);
    }

    void finish() {
        Set<String> posted = new HashSet<>(keys.taken(batch.stream().map(c -> c.row().key()).toList()));
        for (Checked checked : batch) {
            if (posted.contains(checked.row().key())) {
                alreadyPosted.set(checked.row().index());
            } else if (checked.posting() != null) {
                check(checked.row(), checked.posting());
            }
        }
        batch.clear();
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
