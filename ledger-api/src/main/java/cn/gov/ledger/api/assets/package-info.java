/**
 * Counts only people know (车辆, 设备, 出国团组, 接待): state assets held and the year's public-expense
 * activity, entered as dated records with their author. A later record of the same kind and date supersedes
 * the earlier one, which stays, so the figures can be seen as they stood at any time.
 */
package cn.gov.ledger.api.assets;
