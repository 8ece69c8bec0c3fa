package cn.gov.ledger.service.config;

import cn.gov.ledger.security.RuntimeLogin;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * When Flyway migrates as the owner and the ledger connects as another login (README, least privilege),
 * that login becomes a member of ledger_writer (migration V11): it may INSERT and SELECT the event store,
 * never UPDATE, DELETE or TRUNCATE it, and keeps the write side's own tables.
 */
@Component
class LedgerRuntimeLogin implements Callback {

    private final DataSourceProperties dataSource;

    LedgerRuntimeLogin(DataSourceProperties dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            RuntimeLogin.ensure(context.getConnection(), dataSource.getUsername(), dataSource.getPassword(),
                    List.of("GRANT ledger_writer TO %1$I"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the runtime login " + dataSource.getUsername(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "ledger runtime login";
    }
}
