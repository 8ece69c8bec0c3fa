package cn.gov.ledger.api.project;

/** 项目类型 as ticked on the 项目绩效自评表. */
public enum ProjectType {
    RECURRING("常年性项目"),
    CONTINUING("延续性项目"),
    ONE_OFF("一次性项目");

    private final String label;

    ProjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
