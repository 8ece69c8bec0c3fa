package cn.gov.ledger.query.tables;

import java.util.Map;
import org.springframework.http.ResponseEntity;

/**
 * A representation of a table that another package renders (the published layout as HTML or XLSX).
 * The table endpoint looks renderers up by format, so this package need not know the packages that
 * draw tables: they depend on it, not the other way round.
 */
public interface TableFormat {

    /** The {@code format} parameter value this renderer answers, lower case. */
    String format();

    /**
     * @param parameters every query parameter of the request, for options only the renderer knows
     *                   (a layout profile, say); it reports a bad one as a 400 problem itself
     */
    ResponseEntity<byte[]> render(TableView table, Map<String, String> parameters);
}
