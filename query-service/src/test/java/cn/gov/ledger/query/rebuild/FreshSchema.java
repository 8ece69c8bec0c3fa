package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.testsupport.TestDatabase;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.postgresql.Driver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The projection tables exactly as the service's own migrations create them, in a database of their own. */
final class FreshSchema {

    private FreshSchema() {
    }

    static List<Map<String, Object>> structure() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new Driver(),
                TestDatabase.createDatabase("rebuild_fresh"));
        Flyway.configure().dataSource(dataSource).schemas("query").locations("classpath:db/query").load().migrate();
        return ReadSide.structure(new JdbcTemplate(dataSource));
    }
}
