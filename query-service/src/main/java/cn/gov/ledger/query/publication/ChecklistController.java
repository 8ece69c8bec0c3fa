package cn.gov.ledger.query.publication;

import cn.gov.ledger.query.report.Checklist;
import cn.gov.ledger.query.report.ReportDocuments;
import cn.gov.ledger.query.slice.SliceRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET …/publications/checklist: before publishing, the explanations the report still lacks at the point
 * it would freeze ({@code asOf}, default the year's end; what is recorded now). The publisher may publish
 * anyway: the public copy leaves the gaps out.
 */
@RestController
class ChecklistController {

    private final ReportDocuments documents;

    ChecklistController(ReportDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/departments/{department}/years/{year}/publications/checklist")
    Checklist checklist(@PathVariable String department, @PathVariable int year,
                        @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String minPosition) {
        return documents.checklist(SliceRequest.parse(department, year, null, asOf, null, null, minPosition));
    }
}
