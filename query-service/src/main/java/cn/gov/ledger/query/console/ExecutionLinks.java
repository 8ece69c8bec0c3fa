package cn.gov.ledger.query.console;

import cn.gov.ledger.query.execution.ExecutionRow;
import cn.gov.ledger.query.execution.ExecutionView;
import java.math.BigDecimal;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page's links, pinned to what it showed: its asOf and, for an auditor, its event position (and knownAt), so
 * an amount's entries are the ones summed; a budget officer may not pin a position, so the officer's links wait
 * for it instead ({@code minPosition}) and read what is recorded by then.
 */
record ExecutionLinks(ExecutionPick pick, ExecutionView view) {

    public String entries(ExecutionRow row, String figure) {
        return pinned("/console/execution/entries").queryParam("row", row.key()).queryParam("figure", figure)
                .queryParam("name", row.name()).encode().build().toUriString();
    }

    public String workbook() {
        return pinned("/api/v1/departments/" + view.department() + "/years/" + view.fiscalYear() + "/execution")
                .queryParam("format", "xlsx").encode().build().toUriString();
    }

    public String print() {
        return pinned("/api/v1/departments/" + view.department() + "/years/" + view.fiscalYear() + "/execution")
                .queryParam("format", "html").encode().build().toUriString();
    }

    /** The rate as the bar's share of its track: 0 to 100 (a row over budget fills it). */
    public String barWidth(ExecutionRow row) {
        BigDecimal rate = row.rate() == null ? BigDecimal.ZERO : row.rate();
        return rate.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).toPlainString();
    }

    /** The same page sorted by gap (most lagging first), or back in code order. */
    public String sorted(boolean byGap) {
        UriComponentsBuilder uri = new ExecutionPick(pick.department(), pick.year(), pick.unit(), pick.asOf(),
                pick.knownAt(), pick.position(), pick.threshold(), pick.by(), byGap ? "gap" : null, pick.minPosition(), pick.auditor())
                .url("/console/execution");
        return uri.encode().build().toUriString();
    }

    private UriComponentsBuilder pinned(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("department", view.department())
                .queryParam("year", view.fiscalYear()).queryParam("asOf", view.asOf())
                .queryParam("threshold", view.threshold()).queryParam("by", view.by());
        if (view.unit() != null) {
            uri.queryParam("unit", view.unit());
        }
        if (pick.auditor()) {
            uri.queryParam("position", view.position());
            if (pick.knownAt() != null) {
                uri.queryParam("knownAt", pick.knownAt());
            }
        } else {
            uri.queryParam("minPosition", view.position());
        }
        return uri;
    }
}
