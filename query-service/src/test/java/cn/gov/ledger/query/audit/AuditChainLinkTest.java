package cn.gov.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each link depends on the previous one and on every column of the stored row. */
@Tag("fast")
class AuditChainLinkTest {

    private static final String TYPE = "cn.gov.ledger.api.budget.ExpenditureRecorded";
    private static final String TIME = "2024-05-06T01:00:00Z";
    private static final StoredEvent EVENT = new StoredEvent(7, "e-1", "BudgetLine", "line-1", 3, TIME, TYPE, "1",
            bytes("{\"amountFen\":100}"), bytes("{\"actor\":\"clerk\"}"));

    @Test
    void theSameRowAfterTheSameLinkHashesTheSame() {
        assertThat(ChainLink.next(ChainLink.GENESIS, EVENT)).isEqualTo(ChainLink.next(ChainLink.GENESIS, EVENT))
                .hasSize(32);
    }

    @Test
    void changingAnyColumnOrThePreviousLinkChangesTheHash() {
        byte[] payload = EVENT.payload();
        byte[] metadata = EVENT.metadata();
        List<StoredEvent> variants = List.of(EVENT,
                new StoredEvent(8, "e-1", "BudgetLine", "line-1", 3, TIME, TYPE, "1", payload, metadata),
                new StoredEvent(7, "e-2", "BudgetLine", "line-1", 3, TIME, TYPE, "1", payload, metadata),
                new StoredEvent(7, "e-1", "IncomeAccount", "line-1", 3, TIME, TYPE, "1", payload, metadata),
                new StoredEvent(7, "e-1", "BudgetLine", "line-2", 3, TIME, TYPE, "1", payload, metadata),
                new StoredEvent(7, "e-1", "BudgetLine", "line-1", 4, TIME, TYPE, "1", payload, metadata),
                new StoredEvent(7, "e-1", "BudgetLine", "line-1", 3, TIME + "1", TYPE, "1", payload, metadata),
                new StoredEvent(7, "e-1", "BudgetLine", "line-1", 3, TIME, TYPE + "X", "1", payload, metadata),
                new StoredEvent(7, "e-1", "BudgetLine", "line-1", 3, TIME, TYPE, null, payload, metadata),
                new StoredEvent(7, "e-1", "BudgetLine", "line-1", 3, TIME, TYPE, "1", bytes("{}"), metadata),
                new StoredEvent(7, "e-1", "BudgetLine", "line-1", 3, TIME, TYPE, "1", payload, null));
        Set<String> distinct = new HashSet<>();
        variants.forEach(variant -> distinct.add(ChainLink.hex(ChainLink.next(ChainLink.GENESIS, variant))));
        distinct.add(ChainLink.hex(ChainLink.next(ChainLink.next(ChainLink.GENESIS, EVENT), EVENT)));
        assertThat(distinct).hasSize(variants.size() + 1);
    }

    @Test
    void adjacentFieldsCannotTradeBytesAcrossTheirBoundary() {
        StoredEvent split = new StoredEvent(7, "e", "T", "a", 0, TIME, TYPE, "1", bytes("{}a"), bytes("b"));
        StoredEvent shifted = new StoredEvent(7, "e", "T", "a", 0, TIME, TYPE, "1", bytes("{}"), bytes("ab"));
        assertThat(ChainLink.next(ChainLink.GENESIS, split)).isNotEqualTo(ChainLink.next(ChainLink.GENESIS, shifted));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
