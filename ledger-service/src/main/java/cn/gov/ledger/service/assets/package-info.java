/**
 * Counts of state assets and public-expense activity (车辆, 设备, 出国团组, 接待) as the department reports
 * them: dated records with their author, never derived from payments, each later record of the same kind and
 * date superseding the earlier one.
 */
package cn.gov.ledger.service.assets;
