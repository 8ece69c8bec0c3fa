/** Income (收入) by source and functional 项, one aggregate per unit, year, source and 项. */
package cn.gov.ledger.service.income;
