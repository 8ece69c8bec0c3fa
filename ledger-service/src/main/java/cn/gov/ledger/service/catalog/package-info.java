/**
 * Classification catalogues (支出功能分类科目 and 部门支出经济分类科目) per fiscal year: shipped lists
 * loaded at start, administrator uploads, search by code or name, and the checks postings are held to.
 */
package cn.gov.ledger.service.catalog;
