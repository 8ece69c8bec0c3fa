package cn.gov.ledger.api.procurement;

/**
 * 供应商规模 by the 中小企业划型标准: the disclosure reports what went to 中小企业 (medium, small and micro)
 * and, within that, to 小微企业 (small and micro).
 */
public enum SupplierSize {
    LARGE("大型企业"),
    MEDIUM("中型企业"),
    SMALL("小型企业"),
    MICRO("微型企业");

    private final String label;

    SupplierSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 中小企业 (SME): medium, small and micro, i.e. everything but a large enterprise. */
    public boolean isSme() {
        return this != LARGE;
    }

    /** 小微企业. */
    public boolean isSmallOrMicro() {
        return this == SMALL || this == MICRO;
    }
}
