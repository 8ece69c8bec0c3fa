package cn.gov.ledger.api.code;

/** 单位类型: decides, among other things, whether a unit's public spending counts as 机关运行经费. */
public enum UnitType {
    ADMINISTRATIVE("行政单位"),
    CIVIL_SERVANT_MANAGED("参照公务员法管理的事业单位"),
    PUBLIC_INSTITUTION("事业单位");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
