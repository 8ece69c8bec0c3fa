package cn.gov.ledger.query.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the auditor's trail. The chain job's pause between runs is
 * {@code ledger.query.audit.chain-interval} (200ms), read by its {@code @Scheduled} annotation.
 *
 * @param chainBatchSize   events hashed and committed per transaction, with the chain's head
 * @param chainRunBudget   how long one run may keep extending before it yields the scheduler thread,
 *                         which the projection metrics share
 * @param historyScanLimit events one history request reads at most while looking for matches; the
 *                         answer's {@code next} says where to go on, so a rare filter never times out
 * @param maxPageSize      the largest {@code limit} a history, drill-down or diff request may ask for
 */
@ConfigurationProperties("ledger.query.audit")
public record AuditProperties(@DefaultValue("500") int chainBatchSize,
                              @DefaultValue("1s") Duration chainRunBudget,
                              @DefaultValue("20000") int historyScanLimit,
                              @DefaultValue("5000") int maxPageSize) {
}
