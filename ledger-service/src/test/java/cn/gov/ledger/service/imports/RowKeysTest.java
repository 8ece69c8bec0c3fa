package cn.gov.ledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.PostingRequest;
import org.junit.jupiter.api.Test;

/**
 * Row keys are stored: a file imported before must find its rows again, so the digest is pinned to the one the
 * first version computed (the fields joined by U+001F, absent ones empty, contractNo not part of it).
 */
class RowKeysTest {

    private static final PostingRequest ROW = new PostingRequest("bench", "u1", "2024", "2010350",
            "GENERAL_PUBLIC_BUDGET", "BASIC", null, "30201", "12.50", "2024-03-05", null, "记-7", "某公司",
            "办公\t用品", null, "HT-1");

    @Test
    void theKeyIsTheDigestOfTheJoinedFieldsAndTheOccurrence() {
        RowKeys keys = new RowKeys();
        String digest = "00a13c812720f24ed84fa50705ad5265ad15a4d9b45eff0bd1474500f8e27cf7";
        assertThat(keys.next(EntryKind.EXPENDITURE, ROW)).isEqualTo("import:" + digest + ":1");
        assertThat(keys.next(EntryKind.EXPENDITURE, ROW)).isEqualTo("import:" + digest + ":2");
        assertThat(keys.next(EntryKind.INCOME, ROW)).doesNotContain(digest);
    }
}
