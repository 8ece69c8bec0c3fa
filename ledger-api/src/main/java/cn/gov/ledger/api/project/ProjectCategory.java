package cn.gov.ledger.api.project;

/** 项目类别: whose budget the project is in. */
public enum ProjectCategory {
    DEPARTMENT_BUDGET("部门预算项目"),
    DISTRICT_SPECIAL("区级专项"),
    TRANSFER("上级转移支付项目");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
