package cn.gov.ledger.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The system clock (unless the application or a test brings its own) and {@link Today} in the office's zone. */
@AutoConfiguration
@EnableConfigurationProperties(LedgerZone.class)
public class TodayConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Today today(Clock clock, LedgerZone zone) {
        return new Today(clock, zone);
    }
}
