package cn.gov.ledger.query.execution;

import cn.gov.ledger.query.slice.SliceParameters;

/**
 * The query string of an execution request as bound, before {@link ExecutionQuery#parse} checks it: the
 * slice ({@code asOf}, {@code knownAt}, {@code position}, {@code unit}, {@code minPosition}) and {@code by},
 * {@code threshold}, {@code format}.
 */
public record ExecutionParameters(String asOf, String knownAt, String position, String unit, String minPosition,
                                  String by, String threshold, String format) {

    /** The slice's parameters, with {@code asOf} as given or defaulted. */
    SliceParameters slice(String defaultedAsOf) {
        return new SliceParameters(defaultedAsOf, knownAt, position, unit, minPosition);
    }
}
