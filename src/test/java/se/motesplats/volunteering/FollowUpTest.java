package se.motesplats.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    private static final Instant MATCHED = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void nothingIsAskedInTheFirstMonth() {
        assertThat(FollowUp.due(MATCHED, 6, Instant.parse("2026-04-09T09:00:00Z"))).isEmpty();
    }

    @Test
    void aMonthLaterTheFirstRoundIsDueAcrossTheSpringClockChange() {
        // 29 March 2026 is 23 hours long in Stockholm; a calendar month still ends on 10 April at the same wall time
        assertThat(FollowUp.due(MATCHED, 6, Instant.parse("2026-04-10T07:59:59Z"))).isEmpty();
        assertThat(FollowUp.due(MATCHED, 6, Instant.parse("2026-04-10T08:00:00Z"))).contains(FollowUp.Round.ONE_MONTH);
    }

    @Test
    void whenThePeriodIsOverThatRoundTakesOver() {
        assertThat(FollowUp.due(MATCHED, 6, Instant.parse("2026-09-10T08:00:00Z"))).contains(FollowUp.Round.PERIOD_END);
        assertThat(FollowUp.due(MATCHED, 6, Instant.parse("2026-09-10T07:59:59Z"))).contains(FollowUp.Round.ONE_MONTH);
        assertThat(FollowUp.due(MATCHED, 1, Instant.parse("2026-04-10T08:00:00Z"))).as("a one-month period ends at once")
                .contains(FollowUp.Round.PERIOD_END);
    }
}
