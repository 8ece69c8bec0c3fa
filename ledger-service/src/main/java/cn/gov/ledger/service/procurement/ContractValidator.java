package cn.gov.ledger.service.procurement;

import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.procurement.ContractTerms;
import cn.gov.ledger.api.procurement.ProcurementCategory;
import cn.gov.ledger.api.procurement.SupplierSize;
import cn.gov.ledger.service.posting.Fields;
import cn.gov.ledger.service.posting.KnownUnits;
import cn.gov.ledger.service.posting.PostingValidator;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.project.ProjectDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks every field of a contract request, collecting all errors at once (422). */
@Component
class ContractValidator {

    private final KnownUnits units;
    private final ProjectDirectory projects;
    private final PostingValidator postings;

    ContractValidator(KnownUnits units, ProjectDirectory projects, PostingValidator postings) {
        this.units = units;
        this.projects = projects;
        this.postings = postings;
    }

    ValidContract validate(ContractRequest r, boolean correction) {
        List<FieldError> errors = new ArrayList<>();
        Fields f = new Fields(errors);
        String department = department(f, r.department());
        String unit = f.required("unit", r.unit(), 32);
        if (department != null && unit != null && !units.unitExists(department, unit)) {
            f.error("unit", "unknown unit " + unit + " in department " + department);
        }
        String contractNo = f.required("contractNo", r.contractNo(), 64);
        Integer year = f.year("fiscalYear", r.fiscalYear());
        ProcurementCategory category = f.enumValue("category", r.category(), ProcurementCategory.class);
        SupplierSize supplierSize = f.enumValue("supplierSize", r.supplierSize(), SupplierSize.class);
        Long amount = f.positiveAmount("amount", r.amount());
        LocalDate signedOn = f.dateInYear("signedOn", r.signedOn(), year);
        String project = f.optional("project", r.project(), 200);
        if (project != null && department != null && !projects.exists(department, project)) {
            f.error("project", "no project " + project + " is registered in department " + department);
        }
        FunctionalCode functionalCode = r.functionalCode() == null || r.functionalCode().isBlank() ? null
                : postings.functionalItem(f, year, r.functionalCode().trim());
        String memo = f.optional("memo", r.memo(), 500);
        String reason = correction ? f.required("reason", r.reason(), 500)
                : f.absent("reason", r.reason(), "reason is only for corrections");
        throwIfAny(errors);
        return new ValidContract(ProcurementContract.idOf(department, contractNo), department, contractNo,
                new ContractTerms(unit, year, category, supplierSize, amount, signedOn, project, functionalCode,
                        memo), reason);
    }

    ValidContract validate(WithdrawalRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Fields f = new Fields(errors);
        String department = department(f, r.department());
        String contractNo = f.required("contractNo", r.contractNo(), 64);
        String reason = f.required("reason", r.reason(), 500);
        throwIfAny(errors);
        return new ValidContract(ProcurementContract.idOf(department, contractNo), department, contractNo, null,
                reason);
    }

    private String department(Fields f, String value) {
        String department = f.required("department", value, 32);
        return department != null && !units.departmentExists(department)
                ? f.error("department", "unknown department " + department) : department;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
