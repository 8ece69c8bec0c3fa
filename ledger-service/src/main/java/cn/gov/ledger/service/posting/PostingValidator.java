package cn.gov.ledger.service.posting;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.service.catalog.Catalogue;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks every field of a posting against the contract and the catalogues, collecting all errors at once. */
@Component
public class PostingValidator {

    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    private final KnownUnits units;
    private final Catalogue catalogue;
    private final KnownContracts contracts;

    PostingValidator(KnownUnits units, Catalogue catalogue, KnownContracts contracts) {
        this.units = units;
        this.catalogue = catalogue;
        this.contracts = contracts;
    }

    public ValidPosting validate(EntryKind kind, PostingRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Fields f = new Fields(errors);
        String department = f.required("department", r.department(), 32);
        String unit = f.required("unit", r.unit(), 32);
        if (department != null && !units.departmentExists(department)) {
            errors.add(new FieldError("department", "unknown department " + department));
        } else if (department != null && unit != null && !units.unitExists(department, unit)) {
            errors.add(new FieldError("unit", "unknown unit " + unit + " in department " + department));
        }
        Integer year = f.year("fiscalYear", r.fiscalYear());
        FundingSource source = f.enumValue("source", r.source(), FundingSource.class);
        FunctionalCode functional = functionalItem(f, year, r.functionalCode());
        boolean income = kind == EntryKind.INCOME;
        ExpenditureType type = income ? f.absent("expenditureType", r.expenditureType(), null)
                : f.enumValue("expenditureType", r.expenditureType(), ExpenditureType.class);
        String project = type == ExpenditureType.PROJECT ? f.required("project", r.project(), 200)
                : f.absent("project", r.project(), "project is only for expenditureType PROJECT");
        EconomicCode economic = income ? f.absent("economicCode", r.economicCode(), null)
                : economicItem(f, year, r.economicCode(), kind == EntryKind.EXPENDITURE);
        Long amount = kind == EntryKind.ADJUSTMENT ? f.signedAmount("amount", r.amount())
                : f.positiveAmount("amount", r.amount());
        LocalDate date = f.dateInYear("businessDate", r.businessDate(), year);
        String reason = kind == EntryKind.ADJUSTMENT ? f.required("reason", r.reason(), 500)
                : f.optional("reason", r.reason(), 500);
        String documentNo = f.optional("documentNo", r.documentNo(), 64);
        String voucherNo = f.optional("voucherNo", r.voucherNo(), 64);
        String payee = f.optional("payee", r.payee(), 200);
        String memo = f.optional("memo", r.memo(), 500);
        String contractNo = kind == EntryKind.EXPENDITURE ? f.optional("contractNo", r.contractNo(), 64)
                : f.absent("contractNo", r.contractNo(), "only an expenditure pays a procurement contract");
        if (contractNo != null && department != null) {
            contracts.problem(department, contractNo).ifPresent(problem -> f.error("contractNo", problem));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Classification classification = new Classification(department, unit, year, source, functional, type,
                project, economic);
        return new ValidPosting(kind, classification, amount, date, documentNo, voucherNo, payee, memo, reason,
                contractNo);
    }

    /** A 7-digit 项 of the functional catalogue in force for {@code year}; also used by features outside postings. */
    public FunctionalCode functionalItem(Fields f, Integer year, String value) {
        String code = f.required("functionalCode", value, 7);
        if (code == null) {
            return null;
        }
        if (!SEVEN_DIGITS.matcher(code).matches()) {
            return f.error("functionalCode", "must be a 7-digit 项 code, not " + code);
        }
        if (year != null && !catalogue.isFunctionalItem(year, code)) {
            return f.error("functionalCode", catalogue.explainFunctional(year, code));
        }
        return FunctionalCode.of(code);
    }

    private EconomicCode economicItem(Fields f, Integer year, String value, boolean required) {
        String code = required ? f.required("economicCode", value, 5) : f.optional("economicCode", value, 5);
        if (code == null) {
            return null;
        }
        if (!FIVE_DIGITS.matcher(code).matches()) {
            return f.error("economicCode", "must be a 5-digit 款 code, not " + code);
        }
        if (year != null && !catalogue.isEconomicItem(year, code)) {
            return f.error("economicCode", catalogue.explainEconomic(year, code));
        }
        return EconomicCode.of(code);
    }
}
