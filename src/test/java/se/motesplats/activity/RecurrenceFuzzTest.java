package se.motesplats.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.shared.RuleViolation;

/**
 * Fuzz test of the schedule an organiser writes and the recurrence rule it becomes (RFC 5545, parsed
 * and expanded by ical4j): for any first date, time, length, frequency, weekdays, end date, dates off
 * and window, the meetings are exactly the days a plain day-by-day reading of the schedule names,
 * each at the schedule's wall-clock time in Stockholm. Dates run over several years either side of
 * 2026, so daylight-saving changes and leap days come up.
 *
 * <p>The default run replays the saved inputs in
 * {@code src/test/resources/se/motesplats/activity/RecurrenceFuzzTestInputs/}; the {@code benchmark}
 * profile fuzzes (docs/performance.md, "Fuzzing"). The saved inputs are raw bytes that mean what they
 * mean only for the present order of {@code consume} calls.
 */
class RecurrenceFuzzTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate AROUND = LocalDate.of(2026, 3, 29);
    private static final int[] MINUTES = {0, 15, 30, 45, 59};

    @FuzzTest
    void meetingsAreExactlyTheDaysTheScheduleNames(FuzzedDataProvider data) {
        LocalDate firstDate = AROUND.plusDays(data.consumeInt(-1500, 1500));
        // 02:00-02:59 does not exist on the spring change's night and happens twice on the autumn one
        LocalTime startTime = LocalTime.of(data.consumeBoolean() ? 2 : data.consumeInt(0, 23), data.pickValue(MINUTES));
        int duration = data.consumeInt(-10, 24 * 60);
        Frequency frequency = data.pickValue(Frequency.values());
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        int days = data.consumeInt(0, 127);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((days & (1 << day.ordinal())) != 0) {
                weekdays.add(day);
            }
        }
        LocalDate untilDate = data.consumeBoolean() ? null : firstDate.plusDays(data.consumeInt(-10, 500));
        Set<LocalDate> exceptions = new HashSet<>();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            exceptions.add(firstDate.plusDays(data.consumeInt(-7, 200)));
        }
        LocalDate from = firstDate.plusDays(data.consumeInt(-60, 300));
        LocalDate horizon = from.plusDays(data.consumeInt(-5, 500));

        Schedule schedule;
        try {
            schedule = new Schedule(firstDate, startTime, duration, frequency, weekdays, untilDate, exceptions);
        } catch (RuleViolation refused) {
            assertTrue(duration <= 0 || frequency != Frequency.ONCE && weekdays.isEmpty() || untilDate != null && untilDate.isBefore(firstDate),
                    () -> "refused a sound schedule: " + refused.translationKey());
            return;
        }
        List<Instant> starts = Recurrence.starts(schedule, STOCKHOLM, from, horizon);

        List<LocalDate> expected = daysNamed(schedule, from, horizon);
        List<LocalDate> actual = starts.stream().map(start -> LocalDate.ofInstant(start, STOCKHOLM)).toList();
        assertEquals(expected, actual, () -> schedule + " from " + from + " to " + horizon + " (rule " + Recurrence.rule(schedule) + ")");
        for (Instant start : starts) {
            LocalDateTime local = LocalDateTime.ofInstant(start, STOCKHOLM);
            // a time the spring change skips moves on by the hour the clocks jump, as ZonedDateTime does
            assertTrue(local.toLocalTime().equals(startTime)
                    || STOCKHOLM.getRules().getValidOffsets(LocalDateTime.of(local.toLocalDate(), startTime)).isEmpty()
                    && local.toLocalTime().equals(startTime.plusHours(1)),
                    () -> schedule + ": a meeting at " + local);
        }
    }

    /** The schedule read day by day, without the rule: what an organiser expects. */
    private static List<LocalDate> daysNamed(Schedule schedule, LocalDate from, LocalDate horizon) {
        LocalDate first = from.isAfter(schedule.firstDate()) ? from : schedule.firstDate();
        @Nullable LocalDate until = schedule.untilDate();
        LocalDate last = until != null && until.isBefore(horizon) ? until : horizon.minusDays(1);
        List<LocalDate> days = new ArrayList<>();
        if (schedule.frequency() == Frequency.ONCE) {
            if (!schedule.firstDate().isBefore(first) && !schedule.firstDate().isAfter(last)
                    && !schedule.exceptions().contains(schedule.firstDate())) {
                days.add(schedule.firstDate());
            }
            return days;
        }
        LocalDate firstWeek = schedule.firstDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            long week = ChronoUnit.WEEKS.between(firstWeek, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (schedule.weekdays().contains(day.getDayOfWeek()) && !schedule.exceptions().contains(day)
                    && (schedule.frequency() == Frequency.WEEKLY || week % 2 == 0)) {
                days.add(day);
            }
        }
        return days;
    }
}
