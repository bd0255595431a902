package se.motesplats.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.shared.RuleViolation;

/**
 * When an activity meets, in Swedish wall-clock time: the first date, the start time and length,
 * how often and on which weekdays, until when, and dates it does not meet.
 */
public record Schedule(LocalDate firstDate, LocalTime startTime, int durationMinutes, Frequency frequency,
        Set<DayOfWeek> weekdays, @Nullable LocalDate untilDate, Set<LocalDate> exceptions) {

    public Schedule {
        if (durationMinutes <= 0) {
            throw new RuleViolation("activity.error.duration");
        }
        if (frequency != Frequency.ONCE && weekdays.isEmpty()) {
            throw new RuleViolation("activity.error.weekdays");
        }
        if (untilDate != null && untilDate.isBefore(firstDate)) {
            throw new RuleViolation("activity.error.schedule-end");
        }
        weekdays = Set.copyOf(weekdays);
        exceptions = Set.copyOf(exceptions);
    }

    public static Schedule once(LocalDate date, LocalTime start, int durationMinutes) {
        return new Schedule(date, start, durationMinutes, Frequency.ONCE, Set.of(), date, Set.of());
    }

    public static Schedule weekly(LocalDate firstDate, LocalTime start, int durationMinutes, DayOfWeek day,
            @Nullable LocalDate untilDate) {
        return new Schedule(firstDate, start, durationMinutes, Frequency.WEEKLY, Set.of(day), untilDate, Set.of());
    }
}
