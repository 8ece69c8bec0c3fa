package cn.gov.ledger.query.report;

import cn.gov.ledger.query.web.BadRequestException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each department's layout profile (query.layout_profile), CENTRAL unless one was set. */
@Repository
class LayoutProfiles {

    private final JdbcTemplate jdbc;

    LayoutProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Setting current(String department) {
        return jdbc.query("SELECT profile, set_by, set_at FROM query.layout_profile WHERE department = ?",
                        (rs, row) -> new Setting(department, LayoutProfile.valueOf(rs.getString(1)), false,
                                rs.getString(2), rs.getTimestamp(3).toInstant()), department)
                .stream().findFirst()
                .orElse(new Setting(department, LayoutProfile.CENTRAL, true, null, null));
    }

    Setting set(String department, LayoutProfile profile, String actor) {
        jdbc.update("""
                INSERT INTO query.layout_profile (department, profile, set_by) VALUES (?, ?, ?)
                ON CONFLICT (department) DO UPDATE
                SET profile = excluded.profile, set_by = excluded.set_by, set_at = clock_timestamp()""",
                department, profile.name(), actor);
        return current(department);
    }

    /** The profile a request asked for ({@code profile=}), else the department's own. */
    LayoutProfile resolve(String department, String requested) {
        return requested == null ? current(department).profile() : parse(requested);
    }

    static LayoutProfile parse(String value) {
        String wanted = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(LayoutProfile.values()).filter(profile -> profile.name().equals(wanted)).findFirst()
                .orElseThrow(() -> BadRequestException.of("profile",
                        "must be one of " + Arrays.toString(LayoutProfile.values())));
    }

    /** A department's profile as served; {@code default} when none was ever set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Setting(String department, LayoutProfile profile, @JsonProperty("default") boolean byDefault,
                   String setBy, Instant setAt) {
    }
}
