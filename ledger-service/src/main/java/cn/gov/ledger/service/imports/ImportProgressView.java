package cn.gov.ledger.service.imports;

/**
 * An import's progress as {@code GET /api/v1/imports/{id}/progress} answers it.
 *
 * @param state  CHECKING, POSTING, DONE or FAILED (refused: nothing posted)
 * @param total  data rows in the file, null until counted
 * @param toPost rows pass 2 posts (the file less rows an earlier import posted), null until checked
 */
public record ImportProgressView(String id, String state, Long total, long checked, Long toPost, long posted) {
}
