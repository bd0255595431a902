package se.motesplats.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

class ConcernRetentionModuleTest extends ModuleTestBase {

    private static final String UPPSALA = "0380";

    @Autowired ConcernRetention retention;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private Instant ago(Period period, Duration more) {
        return clock.instant().atZone(ZoneOffset.UTC).minus(period).toInstant().minus(more);
    }

    private long concern(String about, Instant reportedAt, @Nullable Instant handledAt) {
        jdbc.sql("insert into volunteer_concern (about, description, municipality_code, reported_at, handled_at) values (?, ?, ?, ?, ?)")
                .params(about, "Beskrivning", UPPSALA, reportedAt, handledAt).update();
        return jdbc.sql("select id from volunteer_concern where about = ?").param(about).query(Long.class).single();
    }

    private boolean exists(long concern) {
        return jdbc.sql("select count(*) from volunteer_concern where id = ?").param(concern).query(Integer.class).single() > 0;
    }

    @Test
    void aConcernHandledThreeYearsAgoIsDeletedAndOneNotHandledStays() {
        String unique = UUID.randomUUID().toString();
        long handledLongAgo = concern("Gammal " + unique, ago(Period.ofYears(4), Duration.ZERO), ago(Period.ofYears(3), Duration.ofDays(1)));
        long handledAlmostThreeYearsAgo = concern("Nästan " + unique, ago(Period.ofYears(4), Duration.ZERO),
                ago(Period.ofYears(3), Duration.ofHours(-30)));
        long neverHandled = concern("Öppen " + unique, ago(Period.ofYears(6), Duration.ZERO), null);
        long handledRecently = concern("Ny " + unique, ago(Period.ofMonths(2), Duration.ZERO), ago(Period.ZERO, Duration.ofDays(3)));

        assertThat(retention.forgetHandled()).isGreaterThanOrEqualTo(1);
        assertThat(exists(handledLongAgo)).isFalse();
        assertThat(exists(handledAlmostThreeYearsAgo)).isTrue();
        assertThat(exists(neverHandled)).as("an open concern waits for a coordinator, however old").isTrue();
        assertThat(exists(handledRecently)).isTrue();

        clock.advance(Duration.ofHours(31));
        retention.forgetHandled();
        assertThat(exists(handledAlmostThreeYearsAgo)).as("three years after it was handled").isFalse();
        assertThat(exists(neverHandled)).isTrue();
        assertThat(exists(handledRecently)).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'volunteering.concerns-forgotten' and at >= ?")
                .param(clock.instant().minus(Duration.ofHours(31))).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
    }
}
