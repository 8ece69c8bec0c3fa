/** Classification catalogues (支出功能分类科目, 部门支出经济分类科目), loaded per fiscal year. */
package cn.gov.ledger.api.catalog;
