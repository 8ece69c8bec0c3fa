package cn.gov.ledger.service.imports;

import java.util.function.Consumer;

/** The rows of an import file, streamed in file order after its header row; CSV or Excel workbook. */
interface ImportSheet {

    /** Reads the header, then hands over every row that is not blank; refuses an unreadable file with 400. */
    void read(Consumer<SheetRow> rows);

    /** How many rows {@link #read} hands over. */
    default long count() {
        long[] rows = {0};
        read(row -> rows[0]++);
        return rows[0];
    }
}
