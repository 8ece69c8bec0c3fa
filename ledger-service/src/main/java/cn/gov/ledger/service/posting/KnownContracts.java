package cn.gov.ledger.service.posting;

import cn.gov.ledger.api.procurement.ProcurementContractWithdrawn;
import cn.gov.ledger.service.support.StableId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a payment may name a procurement contract: the contract's own events say whether it was recorded in the
 * department and not withdrawn since (read from the event store, the contract's only record on this side).
 */
@Component
class KnownContracts {

    private final JdbcTemplate jdbc;

    KnownContracts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Why the contract cannot be paid, or empty if it can. */
    Optional<String> problem(String department, String contractNo) {
        List<String> last = jdbc.queryForList("SELECT payload_type FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1", String.class,
                StableId.contract(department, contractNo));
        if (last.isEmpty()) {
            return Optional.of("no procurement contract " + contractNo + " is recorded in department " + department);
        }
        return last.get(0).equals(ProcurementContractWithdrawn.class.getName())
                ? Optional.of("procurement contract " + contractNo + " was withdrawn") : Optional.empty();
    }
}
