package cn.gov.ledger.query.execution;

/**
 * One budget or spending fact as held in memory.
 *
 * @param spent        an expenditure or its reversal; otherwise an appropriation, an adjustment or a reversal of one
 * @param businessDay  the business date as epoch day
 * @param month        the business date's month, 0 for January
 */
record ExecutionFact(LineKey line, boolean spent, int businessDay, int month, long recordedMicros, long position,
                     long amountFen) {
}
