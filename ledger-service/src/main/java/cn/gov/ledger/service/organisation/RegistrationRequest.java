package cn.gov.ledger.service.organisation;

/** A department or unit to register; {@code unitType} only for units (default 事业单位 PUBLIC_INSTITUTION). */
public record RegistrationRequest(String code, String name, String unitType) {
}
