package cn.gov.ledger.time;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param zone the office's time zone ({@code ledger.zone}), for defaults such as today's date and year */
@ConfigurationProperties("ledger")
public record LedgerZone(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
