package cn.gov.ledger.query.console;

import cn.gov.ledger.time.LedgerZone;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Recording instants as the office reads them: in its own zone ({@code ledger.zone}, Beijing time by default),
 * to the second, with the zone named. The API keeps the UTC instant; templates call {@code @officeTime.of(…)}.
 */
@Component("officeTime")
public class OfficeTime {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final LedgerZone zone;

    public OfficeTime(LedgerZone zone) {
        this.zone = zone;
    }

    /** An instant as stored ("2026-12-06T02:16:53.123Z" or an {@link Instant}) in the office's zone. */
    public String of(Object instant) {
        if (instant == null) {
            return "";
        }
        Instant at = instant instanceof Instant i ? i : Instant.parse(instant.toString());
        return PRINTED.format(at.atZone(zone.zone())) + "（" + label() + "）";
    }

    private String label() {
        return "Asia/Shanghai".equals(zone.zone().getId()) ? "北京时间" : zone.zone().getId();
    }
}
