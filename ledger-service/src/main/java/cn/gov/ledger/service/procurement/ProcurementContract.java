package cn.gov.ledger.service.procurement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.gov.ledger.api.procurement.CorrectProcurementContractCommand;
import cn.gov.ledger.api.procurement.ProcurementContractCorrected;
import cn.gov.ledger.api.procurement.ProcurementContractRecorded;
import cn.gov.ledger.api.procurement.ProcurementContractWithdrawn;
import cn.gov.ledger.api.procurement.RecordProcurementContractCommand;
import cn.gov.ledger.api.procurement.WithdrawProcurementContractCommand;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.Rejection;
import cn.gov.ledger.service.support.StableId;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One contract, identified by its department and number: a second record under the same number reaches this
 * aggregate and is refused, which keeps numbers unique per department without a table or a lock. Corrections
 * and the withdrawal reach it the same way; an unknown number is found empty and refused.
 */
@Aggregate(cache = "aggregateCache")
public class ProcurementContract {

    @AggregateIdentifier
    private String contractId;
    private String department;
    private String contractNo;
    private boolean withdrawn;

    protected ProcurementContract() {
    }

    public static String idOf(String department, String contractNo) {
        return StableId.contract(department, contractNo);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordProcurementContractCommand command) {
        if (contractId != null) {
            throw Rejection.conflict("contract-number-used", "合同编号已使用 Contract number already used",
                            "contract " + contractNo + " is already recorded in department " + department
                                    + (withdrawn ? " (and withdrawn)" : "") + "; correct it instead")
                    .with("contractId", contractId)
                    .with("errors", List.of(new FieldError("contractNo", "is already used in this department")));
        }
        apply(new ProcurementContractRecorded(command.contractId(), command.department(), command.contractNo(),
                command.terms()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CorrectProcurementContractCommand command) {
        requireStanding(command.department(), command.contractNo());
        apply(new ProcurementContractCorrected(contractId, department, contractNo, command.terms(),
                command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WithdrawProcurementContractCommand command) {
        requireStanding(command.department(), command.contractNo());
        apply(new ProcurementContractWithdrawn(contractId, department, contractNo, command.reason()));
    }

    private void requireStanding(String askedDepartment, String askedNo) {
        if (contractId == null) {
            throw Rejection.notFound("unknown-contract", "合同不存在 Unknown contract",
                    "no contract " + askedNo + " is recorded in department " + askedDepartment);
        }
        if (withdrawn) {
            throw Rejection.conflict("contract-withdrawn", "合同已撤销 Contract withdrawn",
                    "contract " + contractNo + " of department " + department + " was withdrawn")
                    .with("contractId", contractId);
        }
    }

    @EventSourcingHandler
    void on(ProcurementContractRecorded event) {
        contractId = event.contractId();
        department = event.department();
        contractNo = event.contractNo();
    }

    @EventSourcingHandler
    void on(ProcurementContractWithdrawn event) {
        withdrawn = true;
    }
}
