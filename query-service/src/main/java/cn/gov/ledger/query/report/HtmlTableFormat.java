package cn.gov.ledger.query.report;

import cn.gov.ledger.query.tables.TableFormat;
import cn.gov.ledger.query.tables.TableView;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** {@code format=html} on a table: one printable page in the published layout of the department's profile. */
@Component
class HtmlTableFormat implements TableFormat {

    private final LayoutProfiles profiles;
    private final ReportPages pages;

    HtmlTableFormat(LayoutProfiles profiles, ReportPages pages) {
        this.profiles = profiles;
        this.pages = pages;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public ResponseEntity<byte[]> render(TableView table, Map<String, String> parameters) {
        LayoutProfile profile = profiles.resolve(table.department(), parameters.get("profile"));
        return pages.table(TableLayouts.print(table, profile));
    }
}
