package cn.gov.ledger.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes one unit's fiscal year: its balances carry into the next year and the year refuses entries. */
public record CloseYearCommand(@TargetAggregateIdentifier String department, String unit, int fiscalYear) {
}
