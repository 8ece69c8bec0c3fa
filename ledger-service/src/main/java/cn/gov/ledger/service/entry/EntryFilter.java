package cn.gov.ledger.service.entry;

import cn.gov.ledger.api.code.EntryKind;
import java.time.LocalDate;

/**
 * Which entries a clerk is looking for; every part is optional (null = any).
 *
 * @param code a functional or economic code prefix
 * @param text words in the voucher or document number, payee, memo or reason
 */
public record EntryFilter(String department, String unit, Integer fiscalYear, EntryKind kind, String code,
                          LocalDate from, LocalDate to, String text) {
}
