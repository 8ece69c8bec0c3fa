package cn.gov.ledger.time;

import java.time.Clock;
import java.time.LocalDate;

/** Today's date in the office's zone, read from the application's clock (a fixed one in tests). */
public final class Today {

    private final Clock clock;
    private final LedgerZone zone;

    public Today(Clock clock, LedgerZone zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }

    public int year() {
        return date().getYear();
    }
}
