package cn.gov.ledger.query.axon;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every Hikari pool of this service (configured, not yet started) a {@link PatientDataSource} around the
 * driver it would have used itself, so the pool refills within {@link PatientDataSource#STEP} of a database
 * restart ending.
 */
@Component
class PatientConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                && !pool.isRunning()) {
            pool.setDataSource(new PatientDataSource(new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
                    pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword())));
        }
        return bean;
    }
}
