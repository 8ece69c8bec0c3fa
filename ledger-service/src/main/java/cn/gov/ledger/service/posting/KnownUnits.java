package cn.gov.ledger.service.posting;

import cn.gov.ledger.service.problem.Rejection;

/** Which departments and units may post; implemented by the organisation feature. */
public interface KnownUnits {

    boolean departmentExists(String department);

    boolean unitExists(String department, String unit);

    /** For requests addressed to a department by path: an unknown one is not there (404), not a bad field. */
    default void requireDepartment(String department) {
        if (!departmentExists(department)) {
            throw Rejection.notFound("unknown-department", "部门不存在 Unknown department",
                    "department " + department + " is not registered");
        }
    }
}
