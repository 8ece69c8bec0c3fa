package cn.gov.ledger.query.tables;

import java.util.Map;

/**
 * All nine tables of one request, built from the same facts, plus the one ledger figure the checks
 * need that no table prints on its own.
 *
 * @param fiscalVehicleOperationFen 30231 公务用车运行维护费 paid from fiscal appropriations, any type
 */
public record TableSet(Map<String, TableView> tables, long fiscalVehicleOperationFen) {
}
