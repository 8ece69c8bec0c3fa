package cn.gov.ledger.service.period;

import cn.gov.ledger.api.code.CarriedBalance;
import cn.gov.ledger.api.organisation.YearClosed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A close marks the year closed and opens the next one with the carried balances, in the close's transaction. */
@Component
@ProcessingGroup("write-side")
class ClosedYearProjection {

    private final JdbcTemplate jdbc;

    ClosedYearProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(YearClosed event) {
        jdbc.update("INSERT INTO closed_year (department, unit, fiscal_year) VALUES (?, ?, ?)",
                event.department(), event.unit(), event.fiscalYear());
        for (CarriedBalance balance : event.balances()) {
            jdbc.update("INSERT INTO opening_balance (department, unit, fiscal_year, source, functional_code,"
                            + " amount_fen) VALUES (?, ?, ?, ?, ?, ?)", event.department(), event.unit(),
                    event.fiscalYear() + 1, balance.source().name(), balance.functionalCode().value(),
                    balance.amountFen());
        }
    }
}
