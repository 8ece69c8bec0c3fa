package cn.gov.ledger.query.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The nine tables by number, in printed order. */
@Component
class DisclosureTables {

    private final Map<String, TableDefinition> byNumber = new LinkedHashMap<>();

    DisclosureTables() {
        for (TableDefinition table : List.of(new IncomeExpenditureSummaryTable(), new IncomeByFunctionTable(),
                ExpenditureByFunctionTable.allSources(), new FiscalSummaryTable(),
                ExpenditureByFunctionTable.generalPublicBudget(), new BasicByEconomicTable(),
                new GovernmentFundTable(), ExpenditureByFunctionTable.stateCapital(),
                new ThreePublicExpensesTable())) {
            byNumber.put(table.number(), table);
        }
    }

    Optional<TableDefinition> find(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    List<TableDefinition> all() {
        return List.copyOf(byNumber.values());
    }
}
