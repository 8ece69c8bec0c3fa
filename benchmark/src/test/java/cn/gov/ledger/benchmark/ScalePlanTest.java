package cn.gov.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ScalePlanTest {

    @Test
    void namesDepartmentsInOrderAndSharesEveryPosting() {
        ScalePlan plan = new ScalePlan(10_007, 500);

        assertThat(plan.codes()).hasSize(500).doesNotHaveDuplicates().isSorted()
                .startsWith("scale-0001", "scale-0002").endsWith("scale-0500");
        assertThat(IntStream.range(0, 500).map(plan::rows).sum()).isEqualTo(10_007);
        assertThat(plan.rows(0)).isEqualTo(21);
        assertThat(plan.rows(6)).isEqualTo(21);
        assertThat(plan.rows(7)).isEqualTo(20);
        assertThat(plan.rows(499)).isEqualTo(20);
    }

    @Test
    void refusesFewerPostingsThanDepartments() {
        assertThatThrownBy(() -> new ScalePlan(9, 10)).hasMessageContaining("--departments");
    }

    @Test
    void printsSizesInBinaryUnits() {
        assertThat(DiskUsage.bytes(512)).isEqualTo("512 B");
        assertThat(DiskUsage.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(DiskUsage.bytes(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GiB");
    }
}
