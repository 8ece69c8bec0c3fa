package cn.gov.ledger.service.procurement;

import cn.gov.ledger.api.procurement.CorrectProcurementContractCommand;
import cn.gov.ledger.api.procurement.RecordProcurementContractCommand;
import cn.gov.ledger.api.procurement.WithdrawProcurementContractCommand;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.Receipts;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Procurement contracts: recorded (409 if the number is used in the department), corrected by restating
 * every term with a reason, or withdrawn; each is a new event and answers 201.
 */
@RestController
class ProcurementController {

    private final PostingService postings;
    private final Receipts receipts;
    private final ContractValidator validator;

    ProcurementController(PostingService postings, Receipts receipts, ContractValidator validator) {
        this.postings = postings;
        this.receipts = receipts;
        this.validator = validator;
    }

    @PostMapping("/api/v1/procurement/contracts")
    ResponseEntity<JsonNode> record(@RequestBody ContractRequest request,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.execute("PROCUREMENT_CONTRACT", key, request, () -> {
            ValidContract c = validator.validate(request, false);
            postings.dispatch(new RecordProcurementContractCommand(c.contractId(), c.department(), c.contractNo(),
                    c.terms()), c.contractId(), Actor.current(), key);
            return receipt(c);
        }).toResponse();
    }

    @PostMapping("/api/v1/procurement/contracts/corrections")
    ResponseEntity<JsonNode> correct(@RequestBody ContractRequest request,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.execute("PROCUREMENT_CORRECTION", key, request, () -> {
            ValidContract c = validator.validate(request, true);
            postings.dispatch(new CorrectProcurementContractCommand(c.contractId(), c.department(),
                    c.contractNo(), c.terms(), c.reason()), c.contractId(), Actor.current(), key);
            return receipt(c);
        }).toResponse();
    }

    @PostMapping("/api/v1/procurement/contracts/withdrawals")
    ResponseEntity<JsonNode> withdraw(@RequestBody WithdrawalRequest request,
                                      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.execute("PROCUREMENT_WITHDRAWAL", key, request, () -> {
            ValidContract c = validator.validate(request);
            postings.dispatch(new WithdrawProcurementContractCommand(c.contractId(), c.department(),
                    c.contractNo(), c.reason()), c.contractId(), Actor.current(), key);
            return receipt(c);
        }).toResponse();
    }

    private Outcome receipt(ValidContract c) {
        return receipts.created(c.contractId(), "contractId", c.contractId(), "department", c.department(),
                "contractNo", c.contractNo());
    }
}
