package cn.gov.ledger.api.code;

/** 支出类型: the columns of table 03. Only PROJECT lines name a project. */
public enum ExpenditureType {
    BASIC("基本支出"),
    PROJECT("项目支出"),
    REMIT_TO_SUPERIOR("上缴上级支出"),
    OPERATING("经营支出"),
    SUBSIDY_TO_AFFILIATED("对附属单位补助支出");

    private final String label;

    ExpenditureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
