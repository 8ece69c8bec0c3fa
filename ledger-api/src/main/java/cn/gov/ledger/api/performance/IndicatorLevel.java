package cn.gov.ledger.api.performance;

/** 一级指标, in the order the self-evaluation tables print them. */
public enum IndicatorLevel {
    COST("成本指标"),
    OUTPUT("产出指标"),
    BENEFIT("效益指标"),
    SATISFACTION("满意度指标");

    private final String label;

    IndicatorLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
