package cn.gov.ledger.service.config;

import cn.gov.ledger.security.RuntimeLogin;
import java.util.List;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When Flyway migrates as the owner and the ledger connects as another login (README, least privilege),
 * that login becomes a member of ledger_writer (migration V11): it may INSERT and SELECT the event store,
 * never UPDATE, DELETE or TRUNCATE it, and keeps the write side's own tables.
 */
@Configuration(proxyBeanMethods = false)
class LedgerRuntimeLogin {

    @Bean
    RuntimeLogin runtimeLogin(DataSourceProperties dataSource) {
        return new RuntimeLogin(dataSource.getUsername(), dataSource.getPassword(),
                List.of("GRANT ledger_writer TO %1$I"));
    }
}
