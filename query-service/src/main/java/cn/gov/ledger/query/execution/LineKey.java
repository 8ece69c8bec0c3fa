package cn.gov.ledger.query.execution;

/**
 * A budget line as its facts name it. The economic code is the line's own (lines kept per economic code,
 * such as a 三公 budget): budget facts carry it, a payment carries its own, so it is taken from budget facts.
 */
record LineKey(String lineId, String unit, String source, String functionalCode, String expenditureType,
               String project, String economicCode, boolean fromBudget) {

    /** The better description of the same line: one read from a budget fact wins. */
    LineKey or(LineKey other) {
        return fromBudget || !other.fromBudget ? this : other;
    }
}
