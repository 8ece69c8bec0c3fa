package cn.gov.ledger.service.period;

import cn.gov.ledger.api.code.CarriedBalance;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.service.organisation.ClosingBalances;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 年末结转和结余 by source and functional 项: opening balance + income − expenditure, reversals included.
 * Runs under the close's exclusive unit lock, so no posting can change the figures before the close commits.
 */
@Component
class BalanceCalculator implements ClosingBalances {

    private final JdbcTemplate jdbc;

    BalanceCalculator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CarriedBalance> of(String department, String unit, int fiscalYear) {
        return jdbc.query("""
                SELECT source, functional_code, SUM(amount_fen) AS balance FROM (
                    SELECT source, functional_code, amount_fen FROM opening_balance
                     WHERE department = ? AND unit = ? AND fiscal_year = ?
                    UNION ALL
                    SELECT source, functional_code,
                           CASE kind WHEN 'INCOME' THEN amount_fen ELSE -amount_fen END
                      FROM ledger_entry
                     WHERE department = ? AND unit = ? AND fiscal_year = ? AND kind IN ('INCOME', 'EXPENDITURE')
                ) movements
                GROUP BY source, functional_code HAVING SUM(amount_fen) <> 0
                ORDER BY source, functional_code""",
                (rs, i) -> new CarriedBalance(FundingSource.valueOf(rs.getString(1)),
                        FunctionalCode.of(rs.getString(2)), rs.getLong(3)),
                department, unit, fiscalYear, department, unit, fiscalYear);
    }
}
