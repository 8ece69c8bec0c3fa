package cn.gov.ledger.service.assets;

/**
 * A count as a client sends it: {@code kind} a StatisticKind code such as "VEHICLES_BY_USE.EMERGENCY",
 * {@code value} a whole number, zero or more, {@code asOf} the date it holds for.
 */
public record StatisticRequest(String asOf, String kind, String value, String note) {
}
