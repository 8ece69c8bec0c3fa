package cn.gov.ledger.query.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class RollUpCodesTest {

    @Test
    void anItemRollsUpToItsSectionAndClass() {
        assertThat(FunctionalRows.rollUpCodes("2010301")).containsExactly("201", "20103", "2010301");
    }

    @Test
    void aSectionRollsUpToItsClassOnly() {
        assertThat(FunctionalRows.rollUpCodes("20103")).containsExactly("201", "20103");
        assertThat(FunctionalRows.rollUpCodes("201")).containsExactly("201");
    }
}
