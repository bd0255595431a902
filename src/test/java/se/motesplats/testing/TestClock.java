package se.motesplats.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import se.motesplats.shared.Zones;

/** A clock tests move by hand instead of sleeping. Starts at the real time so demo-relative data stays sensible. */
public final class TestClock extends Clock {

    private volatile Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    @Override
    public ZoneId getZone() {
        return Zones.STOCKHOLM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
