package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.motesplats.shared.RuleViolation;

class RecurrenceTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static List<ZonedDateTime> local(List<Instant> starts) {
        return starts.stream().map(start -> start.atZone(STOCKHOLM)).toList();
    }

    @Test
    void aWeeklyCafeKeepsItsWallClockTimeAcrossTheSpringDaylightSavingChange() {
        // 2026-03-29 is the last Sunday of March: clocks go from 02:00 to 03:00
        Schedule tuesdays = Schedule.weekly(LocalDate.of(2026, 3, 17), LocalTime.of(18, 0), 120, DayOfWeek.TUESDAY, null);
        List<ZonedDateTime> starts = local(Recurrence.starts(tuesdays, STOCKHOLM, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 4, 8)));
        assertThat(starts).extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 7));
        assertThat(starts).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 0)));
        assertThat(starts.get(1).getOffset()).isNotEqualTo(starts.get(2).getOffset());
    }

    @Test
    void andAcrossTheAutumnChange() {
        // 2026-10-25: clocks go back from 03:00 to 02:00
        Schedule sundays = Schedule.weekly(LocalDate.of(2026, 10, 18), LocalTime.of(10, 30), 60, DayOfWeek.SUNDAY, null);
        List<ZonedDateTime> starts = local(Recurrence.starts(sundays, STOCKHOLM, LocalDate.of(2026, 10, 18), LocalDate.of(2026, 11, 2)));
        assertThat(starts).hasSize(3).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(10, 30)));
    }

    @Test
    void everyOtherWeekOnChosenDaysUntilAnEndDateWithoutExceptions() {
        Schedule schedule = new Schedule(LocalDate.of(2026, 11, 2), LocalTime.of(17, 0), 90, Frequency.EVERY_OTHER_WEEK,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalDate.of(2026, 12, 10), Set.of(LocalDate.of(2026, 11, 19)));
        assertThat(local(Recurrence.starts(schedule, STOCKHOLM, schedule.firstDate(), LocalDate.of(2027, 6, 1))))
                .extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3));
    }

    @Test
    void aOneOffMeetingHappensOnce() {
        Schedule once = Schedule.once(LocalDate.of(2026, 12, 13), LocalTime.of(15, 0), 180);
        assertThat(Recurrence.starts(once, STOCKHOLM, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1))).hasSize(1);
        assertThat(Recurrence.starts(once, STOCKHOLM, LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void theHorizonLimitsAnEndlessSchedule() {
        Schedule endless = Schedule.weekly(LocalDate.of(2026, 1, 5), LocalTime.of(9, 0), 60, DayOfWeek.MONDAY, null);
        assertThat(Recurrence.starts(endless, STOCKHOLM, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2))).hasSize(4);
    }

    @Test
    void refusesImpossibleSchedules() {
        assertThatThrownBy(() -> new Schedule(LocalDate.of(2026, 1, 5), LocalTime.NOON, 60, Frequency.WEEKLY, Set.of(), null, Set.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("activity.error.weekdays");
        assertThatThrownBy(() -> Schedule.weekly(LocalDate.of(2026, 1, 5), LocalTime.NOON, 60, DayOfWeek.MONDAY, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(RuleViolation.class).hasMessage("activity.error.schedule-end");
        assertThatThrownBy(() -> Schedule.once(LocalDate.of(2026, 1, 5), LocalTime.NOON, 0))
                .isInstanceOf(RuleViolation.class).hasMessage("activity.error.duration");
    }

    @Test
    void writesAnRfc5545Rule() {
        Schedule schedule = new Schedule(LocalDate.of(2026, 11, 2), LocalTime.of(17, 0), 90, Frequency.EVERY_OTHER_WEEK,
                Set.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), null, Set.of());
        assertThat(Recurrence.rule(schedule)).isEqualTo("FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=MO,TH");
    }
}
