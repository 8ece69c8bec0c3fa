package cn.gov.ledger.query.support;

import cn.gov.ledger.api.budget.BudgetAdjusted;
import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.api.income.IncomeRecorded;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.query.export.CsvText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer's 2024 final accounts as ledger events: {@code datasets/wuchang/entries.csv} (the import
 * format) turned into the events the write side would append, with the department, its unit and the
 * 2024 catalogues. Loaded at most once per test JVM, since the test classes share one event store.
 */
public final class WuchangDataset {

    public static final Path DIRECTORY = Path.of("../datasets/wuchang");
    public static final String DEPARTMENT = "wcjgsw";
    private static long loadedUpTo;

    private WuchangDataset() {
    }

    public static synchronized long load(LedgerEvents events) throws IOException {
        if (loadedUpTo == 0) {
            List<LedgerEvents.Pending> pending = new ArrayList<>(Catalogues.load2024());
            pending.add(new LedgerEvents.Pending(DEPARTMENT, new DepartmentRegistered(DEPARTMENT, "武昌区机关事务服务中心")));
            pending.add(new LedgerEvents.Pending(DEPARTMENT, new UnitRegistered(DEPARTMENT, "wcjgsw-bj",
                    "武昌区机关事务服务中心(本级)", UnitType.PUBLIC_INSTITUTION)));
            pending.addAll(entries());
            loadedUpTo = events.appendAll(pending);
        }
        return loadedUpTo;
    }

    static List<LedgerEvents.Pending> entries() throws IOException {
        List<List<String>> records = CsvText.parse(Files.readString(DIRECTORY.resolve("entries.csv"), StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        Set<String> lines = new HashSet<>();
        List<LedgerEvents.Pending> events = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Map<String, String> row = new HashMap<>();
            for (int column = 0; column < header.size(); column++) {
                row.put(header.get(column), column < records.get(i).size() ? records.get(i).get(column).trim() : "");
            }
            events.add(toEvent("wc-" + i, row, lines));
        }
        return events;
    }

    /** One import row as the event the write side records for it. */
    private static LedgerEvents.Pending toEvent(String entryId, Map<String, String> row, Set<String> lines) {
        long fen = Money.parseYuan(row.get("amount"));
        LocalDate date = LocalDate.parse(row.get("businessDate"));
        FundingSource source = FundingSource.valueOf(row.get("source"));
        FunctionalCode functional = FunctionalCode.of(row.get("functionalCode"));
        int year = Integer.parseInt(row.get("fiscalYear"));
        String department = row.get("department");
        String unit = row.get("unit");
        if (row.get("type").equals("INCOME")) {
            Classification account = Classification.income(department, unit, year, source, functional);
            return new LedgerEvents.Pending(account.incomeAccountId(), new IncomeRecorded(entryId,
                    account.incomeAccountId(), account, fen, date, row.get("documentNo"), row.get("memo")));
        }
        EconomicCode economic = row.get("economicCode").isEmpty() ? null : EconomicCode.of(row.get("economicCode"));
        Classification withoutCode = new Classification(department, unit, year, source, functional,
                ExpenditureType.valueOf(row.get("expenditureType")),
                row.get("project").isEmpty() ? null : row.get("project"), null);
        Classification classified = withoutCode.withEconomicCode(economic);
        switch (row.get("type")) {
            case "APPROPRIATION" -> {
                lines.add(classified.budgetLineId());
                return new LedgerEvents.Pending(classified.budgetLineId(), new BudgetAppropriated(entryId,
                        classified.budgetLineId(), classified, fen, date, row.get("documentNo"), row.get("memo")));
            }
            case "ADJUSTMENT" -> {
                lines.add(classified.budgetLineId());
                return new LedgerEvents.Pending(classified.budgetLineId(), new BudgetAdjusted(entryId,
                        classified.budgetLineId(), classified, fen, date, row.get("documentNo"), row.get("reason")));
            }
            default -> {
                // An expenditure draws on the line kept for its own economic code if there is one.
                String lineId = lines.contains(classified.budgetLineId()) ? classified.budgetLineId()
                        : withoutCode.budgetLineId();
                return new LedgerEvents.Pending(lineId, new ExpenditureRecorded(entryId, lineId, classified, fen,
                        date, row.get("voucherNo"), row.get("payee"), row.get("memo"), null));
            }
        }
    }
}
