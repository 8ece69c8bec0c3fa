/**
 * Budget lines and their control (无预算不支出): appropriations and adjustments put money on a line,
 * expenditures draw on it, and nothing takes a line below what it has paid out.
 */
package cn.gov.ledger.service.budget;
