package cn.gov.ledger.query.execution;

/**
 * The query string of an execution request as bound, before {@link ExecutionQuery#parse} checks it: the tables'
 * slice ({@code asOf}, {@code knownAt}, {@code position}, {@code unit}, {@code minPosition}) and {@code by},
 * {@code threshold}, {@code format}.
 */
public record SliceParameters(String asOf, String knownAt, String position, String unit, String minPosition,
                              String by, String threshold, String format) {
}
