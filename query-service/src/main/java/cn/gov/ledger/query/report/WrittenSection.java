package cn.gov.ledger.query.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The passages of the 情况说明 that carry no figure at all, only what the office writes; each is an annotation
 * of kind REPORT_SECTION under its key, printed in place, or the missing marker where none was written.
 */
enum WrittenSection {
    PERFORMANCE_RESULTS_USE("13.4", "（四）绩效自评结果应用情况");

    private final String key;
    private final String heading;

    WrittenSection(String key, String heading) {
        this.key = key;
        this.heading = heading;
    }

    String key() {
        return key;
    }

    String heading() {
        return heading;
    }

    static Optional<WrittenSection> of(String key) {
        return key == null ? Optional.empty()
                : Arrays.stream(values()).filter(section -> section.key.equals(key.trim())).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(WrittenSection::key).toList();
    }
}
