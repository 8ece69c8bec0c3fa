package cn.gov.ledger.api.procurement;

/** 采购品目: the three kinds the disclosure splits procurement spending by. */
public enum ProcurementCategory {
    GOODS("货物"),
    WORKS("工程"),
    SERVICES("服务");

    private final String label;

    ProcurementCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
