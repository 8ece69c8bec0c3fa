package cn.gov.ledger.service.posting;

/** Which departments and units may post; implemented by the organisation feature. */
public interface KnownUnits {

    boolean departmentExists(String department);

    boolean unitExists(String department, String unit);
}
