package cn.gov.ledger.query.report;

import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.ProblemException;
import cn.gov.ledger.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** GET/PUT /api/v1/departments/{dept}/layout-profile: which region's numbering the department prints in. */
@RestController
class LayoutProfileController {

    private final LayoutProfiles profiles;
    private final ReferenceData reference;

    LayoutProfileController(LayoutProfiles profiles, ReferenceData reference) {
        this.profiles = profiles;
        this.reference = reference;
    }

    @GetMapping("/api/v1/departments/{department}/layout-profile")
    LayoutProfiles.Setting get(@PathVariable String department) {
        requireKnown(department);
        return profiles.current(department);
    }

    @PutMapping(value = "/api/v1/departments/{department}/layout-profile", consumes = "application/json")
    LayoutProfiles.Setting put(@PathVariable String department, @RequestBody ProfileBody body) {
        String author = CurrentActor.require();
        if (body == null || body.profile() == null) {
            throw BadRequestException.of("profile", "is required");
        }
        LayoutProfile profile = LayoutProfiles.parse(body.profile());
        requireKnown(department);
        return profiles.set(department, profile, author);
    }

    private void requireKnown(String department) {
        if (reference.departmentName(department).isEmpty()) {
            throw ProblemException.notFound("unknown department " + department);
        }
    }

    /** The PUT body: {@code {"profile": "SHANGHAI"}}. */
    record ProfileBody(String profile) {
    }
}
