/**
 * Value objects of the message contract: classification codes that validate in their constructor,
 * funding sources, expenditure types and the exact money conversions used at the edges.
 */
package cn.gov.ledger.api.code;
