package cn.gov.ledger.query.publication;

import cn.gov.ledger.query.publication.Publication.TableHash;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** query.publication and query.publication_table: inserted together, never updated. */
@Repository
class PublicationStore {

    private static final String COLUMNS = "publication_id, department, fiscal_year, as_of, known_at, position,"
            + " profile, note, publisher, published_at, report_sha256, report_pdf_sha256, chain_position,"
            + " chain_head_sha256";

    private final JdbcTemplate jdbc;

    PublicationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a publication with its report and tables in one transaction; returns its id. */
    @Transactional
    long insert(FrozenPublication frozen, String publisher) {
        FrozenPublication.Point point = frozen.point();
        Long id = jdbc.queryForObject("INSERT INTO query.publication (department, fiscal_year, as_of, known_at,"
                        + " position, profile, note, publisher, report_html, report_sha256, report_pdf,"
                        + " report_pdf_sha256, chain_position, chain_head_sha256)"
                        + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, h.position, encode(h.hash, 'hex')"
                        + " FROM query.event_chain_head h RETURNING publication_id", Long.class,
                point.department(), point.fiscalYear(), Date.valueOf(point.asOf()), Timestamp.from(point.knownAt()),
                point.position(), point.profile(), point.note(), publisher, frozen.reportHtml(),
                Sha256.of(frozen.reportHtml()), frozen.reportPdf(), Sha256.of(frozen.reportPdf()));
        jdbc.batchUpdate("INSERT INTO query.publication_table (publication_id, table_no, title, content, sha256)"
                        + " VALUES (?, ?, ?, ?, ?)", frozen.tables().stream().map(table -> new Object[] {
                                id, table.table(), table.title(), table.json(), Sha256.of(table.json())}).toList());
        return id;
    }

    /** Every publication of a department-year, oldest first, each superseded one marked with its successor. */
    List<Publication> year(String department, int fiscalYear) {
        Map<Long, List<TableHash>> hashes = new HashMap<>();
        jdbc.query("""
                SELECT t.publication_id, t.table_no, t.title, t.sha256 FROM query.publication_table t
                JOIN query.publication p USING (publication_id)
                WHERE p.department = ? AND p.fiscal_year = ? ORDER BY t.publication_id, t.table_no""",
                rs -> {
                    hashes.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                            .add(new TableHash(rs.getString(2), rs.getString(3), rs.getString(4).trim()));
                }, department, fiscalYear);
        List<Publication> all = new ArrayList<>(jdbc.query("SELECT " + COLUMNS + " FROM query.publication"
                        + " WHERE department = ? AND fiscal_year = ? ORDER BY publication_id",
                (rs, row) -> publication(rs, hashes), department, fiscalYear));
        for (int i = 0; i + 1 < all.size(); i++) {
            all.set(i, all.get(i).supersededBy(all.get(i + 1).id()));
        }
        return all;
    }

    Optional<Publication> find(String department, int fiscalYear, long id) {
        return year(department, fiscalYear).stream().filter(publication -> publication.id() == id).findFirst();
    }

    Optional<StoredContent> table(long id, String table) {
        return jdbc.query("SELECT content, sha256 FROM query.publication_table WHERE publication_id = ?"
                        + " AND table_no = ?", (rs, row) -> new StoredContent("table " + table + " of publication " + id,
                        rs.getBytes(1), rs.getString(2)), id, table).stream().findFirst();
    }

    StoredContent report(long id) {
        return jdbc.queryForObject("SELECT report_html, report_sha256 FROM query.publication WHERE publication_id = ?",
                (rs, row) -> new StoredContent("the report of publication " + id, rs.getBytes(1), rs.getString(2)),
                id);
    }

    /** The kept PDF, or empty for a publication made before PDFs were kept. */
    Optional<StoredContent> reportPdf(long id) {
        return jdbc.query("SELECT report_pdf, report_pdf_sha256 FROM query.publication WHERE publication_id = ?"
                        + " AND report_pdf IS NOT NULL", (rs, row) -> new StoredContent("the PDF of publication " + id,
                        rs.getBytes(1), rs.getString(2)), id).stream().findFirst();
    }

    private static Publication publication(ResultSet rs, Map<Long, List<TableHash>> hashes) throws SQLException {
        long id = rs.getLong(1);
        return new Publication(id, rs.getString(2), rs.getInt(3), rs.getDate(4).toLocalDate(),
                rs.getTimestamp(5).toInstant(), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), hashes.getOrDefault(id, List.of()), rs.getString(11).trim(),
                rs.getString(12) == null ? null : rs.getString(12).trim(), rs.getObject(13, Long.class),
                rs.getString(14), null);
    }
}
