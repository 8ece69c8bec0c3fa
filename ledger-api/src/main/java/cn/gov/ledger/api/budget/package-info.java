/** Budget lines: appropriations, adjustments and the expenditures drawn on them (无预算不支出). */
package cn.gov.ledger.api.budget;
