package cn.gov.ledger.service.console;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.service.organisation.UnitDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices a form offers: registered departments and units, funding sources and expenditure types. */
@Component
class Choices {

    /** A unit as a select option; {@code department} lets the page offer only the chosen department's units. */
    record UnitChoice(String department, String code, String name) {
    }

    private final UnitDirectory directory;

    Choices(UnitDirectory directory) {
        this.directory = directory;
    }

    void addTo(Model model) {
        List<Map<String, Object>> departments = directory.departments();
        List<UnitChoice> units = new ArrayList<>();
        departments.forEach(d -> directory.units((String) d.get("code")).forEach(u -> units.add(
                new UnitChoice((String) d.get("code"), (String) u.get("code"), (String) u.get("name")))));
        model.addAttribute("departments", departments);
        model.addAttribute("units", units);
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("types", ExpenditureType.values());
        model.addAttribute("sourceLabels", Arrays.stream(FundingSource.values())
                .collect(Collectors.toMap(FundingSource::name, FundingSource::label)));
        model.addAttribute("typeLabels", Arrays.stream(ExpenditureType.values())
                .collect(Collectors.toMap(ExpenditureType::name, ExpenditureType::label)));
    }
}
