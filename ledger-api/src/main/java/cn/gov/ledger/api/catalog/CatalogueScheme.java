package cn.gov.ledger.api.catalog;

/** The two classifications every posting is coded by. */
public enum CatalogueScheme {
    /** 支出功能分类科目: 类, 款, 项. */
    FUNCTIONAL,
    /** 部门支出经济分类科目: 类, 款. */
    ECONOMIC
}
