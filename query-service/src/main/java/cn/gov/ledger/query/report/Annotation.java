package cn.gov.ledger.query.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One explanation as written, never changed.
 *
 * @param author       who wrote it (the signed-in user)
 * @param supersededBy the newer annotation on the same target, absent while this one is current
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Annotation(long id, String department, int fiscalYear, AnnotationTarget target, String text, String author,
                  Instant createdAt, Long supersededBy) {

    Annotation supersededBy(long newer) {
        return new Annotation(id, department, fiscalYear, target, text, author, createdAt, newer);
    }

    boolean current() {
        return supersededBy == null;
    }
}
