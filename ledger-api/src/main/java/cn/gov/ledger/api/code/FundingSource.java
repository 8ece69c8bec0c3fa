package cn.gov.ledger.api.code;

/** 资金来源: the three fiscal appropriations first, then the non-appropriation income kinds. */
public enum FundingSource {
    GENERAL_PUBLIC_BUDGET("一般公共预算财政拨款", true),
    GOVERNMENT_FUND("政府性基金预算财政拨款", true),
    STATE_CAPITAL("国有资本经营预算财政拨款", true),
    SUPERIOR_SUBSIDY("上级补助收入", false),
    BUSINESS("事业收入", false),
    OPERATING("经营收入", false),
    AFFILIATED_REMITTANCE("附属单位上缴收入", false),
    OTHER("其他收入", false);

    private final String label;
    private final boolean fiscalAppropriation;

    FundingSource(String label, boolean fiscalAppropriation) {
        this.label = label;
        this.fiscalAppropriation = fiscalAppropriation;
    }

    public String label() {
        return label;
    }

    /** 财政拨款: the money table 04 and the three public expenses count. */
    public boolean isFiscalAppropriation() {
        return fiscalAppropriation;
    }
}
