package cn.gov.ledger.query.support;

import cn.gov.ledger.api.assets.StatisticKind;
import cn.gov.ledger.api.assets.StatisticRecorded;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.api.performance.IndicatorLevel;
import cn.gov.ledger.api.performance.PerformanceAnalysisRecorded;
import cn.gov.ledger.api.performance.PerformanceIndicatorRecorded;
import cn.gov.ledger.api.procurement.ContractTerms;
import cn.gov.ledger.api.procurement.ProcurementCategory;
import cn.gov.ledger.api.procurement.ProcurementContractRecorded;
import cn.gov.ledger.api.procurement.SupplierSize;
import cn.gov.ledger.api.project.ProjectCategory;
import cn.gov.ledger.api.project.ProjectRegistered;
import cn.gov.ledger.api.project.ProjectType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed's records only people know ({@code datasets/wuchang/records.json}: projects, contracts, self-evaluation
 * rows, counts) as the events the write side records for those requests, after {@link WuchangDataset}. Loaded at
 * most once per test JVM; the answer is the last position, so tests can pin the seed's state.
 */
public final class WuchangRecords {

    private static final Pattern DEPARTMENT = Pattern.compile("/departments/([^/]+)/");
    private static final Pattern YEAR = Pattern.compile("/years/(\\d{4})/");
    private static long loadedUpTo;

    private WuchangRecords() {
    }

    public static synchronized long load(LedgerEvents events) throws IOException {
        if (loadedUpTo == 0) {
            WuchangDataset.load(events);
            JsonNode requests = new ObjectMapper().readTree(WuchangDataset.DIRECTORY.resolve("records.json").toFile());
            List<LedgerEvents.Pending> pending = new ArrayList<>();
            for (JsonNode request : requests) {
                pending.add(event(request.get("key").asText(), request.get("path").asText(), request.get("body")));
            }
            loadedUpTo = events.appendAll(pending);
        }
        return loadedUpTo;
    }

    private static LedgerEvents.Pending event(String key, String path, JsonNode b) {
        Matcher inDepartment = DEPARTMENT.matcher(path);
        String department = inDepartment.find() ? inDepartment.group(1) : text(b, "department");
        String id = "seed-" + key;
        if (path.endsWith("/projects")) {
            List<String> units = new ArrayList<>();
            b.get("units").forEach(unit -> units.add(unit.asText()));
            return new LedgerEvents.Pending(id, new ProjectRegistered(id, department, text(b, "name"),
                    ProjectType.valueOf(text(b, "type")), b.get("continuing").asBoolean(),
                    ProjectCategory.valueOf(text(b, "category")), units, text(b, "competentDepartment"),
                    text(b, "implementedBy")));
        }
        if (path.endsWith("/contracts")) {
            ContractTerms terms = new ContractTerms(text(b, "unit"), b.get("fiscalYear").asInt(),
                    ProcurementCategory.valueOf(text(b, "category")), SupplierSize.valueOf(text(b, "supplierSize")),
                    Money.parseYuan(text(b, "amount")), LocalDate.parse(text(b, "signedOn")), text(b, "project"),
                    text(b, "functionalCode") == null ? null : FunctionalCode.of(text(b, "functionalCode")),
                    text(b, "memo"));
            return new LedgerEvents.Pending(id, new ProcurementContractRecorded(id, department,
                    text(b, "contractNo"), terms));
        }
        if (path.endsWith("/statistics")) {
            return new LedgerEvents.Pending("seed-statistics-" + department, new StatisticRecorded(id, department,
                    StatisticKind.ofCode(text(b, "kind")).orElseThrow(), LocalDate.parse(text(b, "asOf")),
                    b.get("value").asLong(), text(b, "note"), null));
        }
        Matcher inYear = YEAR.matcher(path);
        if (!inYear.find()) {
            throw new IllegalArgumentException("unexpected path " + path);
        }
        int year = Integer.parseInt(inYear.group(1));
        String project = text(b, "project");
        String evaluation = "seed-evaluation-" + department + "-" + year + "-" + project;
        LocalDate reportedOn = text(b, "reportedOn") == null ? null : LocalDate.parse(text(b, "reportedOn"));
        if (path.endsWith("/indicators")) {
            return new LedgerEvents.Pending(evaluation, new PerformanceIndicatorRecorded(id, evaluation, department,
                    year, project, text(b, "goal"), IndicatorLevel.valueOf(text(b, "level1")), text(b, "level2"),
                    text(b, "level3"), text(b, "target"), text(b, "actual"), reportedOn, null));
        }
        return new LedgerEvents.Pending(evaluation, new PerformanceAnalysisRecorded(id, evaluation, department, year,
                project, text(b, "deviationAnalysis"), text(b, "improvements"), reportedOn, null));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
