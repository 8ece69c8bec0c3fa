package cn.gov.ledger.query.support;

import cn.gov.ledger.testsupport.TestDatabase;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.postgresql.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A fresh database with the write side's event store in it, created by ledger-service's own migrations
 * (as in production, where ledger-service owns schema public), before the query service starts.
 */
public final class EventStoreDatabase {

    private static final String LEDGER_MIGRATIONS = "filesystem:../ledger-service/src/main/resources/db/migration";

    private EventStoreDatabase() {
    }

    /**
     * The database of one test class, created on first use: Spring reads a dynamic property more than
     * once, and a class that is skipped (no database server) must not try to create one at all.
     */
    public static Supplier<String> once(String purpose) {
        return new Supplier<>() {
            private String url;

            @Override
            public synchronized String get() {
                if (url == null) {
                    url = create(purpose);
                }
                return url;
            }
        };
    }

    public static String create(String purpose) {
        String url = TestDatabase.createDatabase(purpose);
        Flyway.configure()
                .dataSource(new SimpleDriverDataSource(new Driver(), url))
                .locations(LEDGER_MIGRATIONS)
                .load()
                .migrate();
        return url;
    }
}
