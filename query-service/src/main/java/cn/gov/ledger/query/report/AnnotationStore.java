package cn.gov.ledger.query.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** query.annotation: inserted, never updated; the newest row per target is the current one. */
@Repository
class AnnotationStore {

    private static final String COLUMNS = """
            annotation_id, department, fiscal_year, target_kind, unit, functional_code, table_no, row_key, text,
            author, created_at""";

    private final JdbcTemplate jdbc;

    AnnotationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Annotation add(String department, int fiscalYear, AnnotationTarget target, String text, String author) {
        return jdbc.queryForObject("INSERT INTO query.annotation (department, fiscal_year, target_kind, unit,"
                        + " functional_code, table_no, row_key, text, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " RETURNING " + COLUMNS, (rs, row) -> annotation(rs),
                department, fiscalYear, target.kind().name(), target.unit(), target.functionalCode(), target.table(),
                target.kind() == AnnotationTarget.Kind.REPORT_SECTION ? target.section() : target.row(), text, author);
    }

    /** One annotation, marked with its successor if it has one. */
    Optional<Annotation> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM query.annotation WHERE annotation_id = ?",
                        (rs, row) -> annotation(rs), id).stream().findFirst()
                .map(found -> withSuccessors(year(found.department(), found.fiscalYear(), null)).stream()
                        .filter(annotation -> annotation.id() == id).findFirst().orElse(found));
    }

    /**
     * Every annotation of a department-year written by {@code knownAt} (all when null), oldest first,
     * each superseded one marked with the newer one that replaced it.
     */
    List<Annotation> history(String department, int fiscalYear, Instant knownAt) {
        return withSuccessors(year(department, fiscalYear, knownAt));
    }

    private List<Annotation> year(String department, int fiscalYear, Instant knownAt) {
        String sql = "SELECT " + COLUMNS + " FROM query.annotation WHERE department = ? AND fiscal_year = ?";
        List<Object> args = new ArrayList<>(List.of(department, fiscalYear));
        if (knownAt != null) {
            sql += " AND created_at <= ?";
            args.add(Timestamp.from(knownAt));
        }
        return jdbc.query(sql + " ORDER BY annotation_id", (rs, row) -> annotation(rs), args.toArray());
    }

    private static List<Annotation> withSuccessors(List<Annotation> oldestFirst) {
        Map<String, Integer> latest = new HashMap<>();
        List<Annotation> marked = new ArrayList<>(oldestFirst);
        for (int i = 0; i < marked.size(); i++) {
            Integer previous = latest.put(marked.get(i).target().key(), i);
            if (previous != null) {
                marked.set(previous, marked.get(previous).supersededBy(marked.get(i).id()));
            }
        }
        return marked;
    }

    private static Annotation annotation(ResultSet rs) throws SQLException {
        AnnotationTarget.Kind kind = AnnotationTarget.Kind.valueOf(rs.getString(4));
        // a report section's key is kept in row_key (see V22)
        AnnotationTarget target = kind == AnnotationTarget.Kind.REPORT_SECTION
                ? AnnotationTarget.reportSection(rs.getString(8))
                : new AnnotationTarget(kind, rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), null);
        return new Annotation(rs.getLong(1), rs.getString(2), rs.getInt(3), target, rs.getString(9), rs.getString(10),
                rs.getTimestamp(11).toInstant(), null);
    }
}
