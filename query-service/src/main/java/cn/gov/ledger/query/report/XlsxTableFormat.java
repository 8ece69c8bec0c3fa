package cn.gov.ledger.query.report;

import cn.gov.ledger.query.export.Downloads;
import cn.gov.ledger.query.tables.TableFormat;
import cn.gov.ledger.query.tables.TableView;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** {@code format=xlsx} on a table: a workbook with the one table, in the department's profile. */
@Component
class XlsxTableFormat implements TableFormat {

    private final LayoutProfiles profiles;

    XlsxTableFormat(LayoutProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public ResponseEntity<byte[]> render(TableView table, Map<String, String> parameters) {
        LayoutProfile profile = profiles.resolve(table.department(), parameters.get("profile"));
        return Workbooks.download(List.of(TableLayouts.print(table, profile)),
                Downloads.year(table.department(), table.fiscalYear()) + "决算-表" + table.table());
    }
}
