package cn.gov.ledger.service.imports;

/**
 * How far an import has come, told as it goes so that a client polling for it sees a large file move: the
 * rows in the file, then rows checked (pass 1), then rows posted (pass 2, once per written batch).
 */
public interface ImportProgress {

    /** For an import nobody watches. */
    ImportProgress NONE = new ImportProgress() {
    };

    default void total(long rows) {
    }

    default void checked(long rows) {
    }

    /** @param duplicates rows of the file posted by an earlier import, which pass 2 skips */
    default void checkedAll(long duplicates) {
    }

    default void posted(long rows) {
    }
}
