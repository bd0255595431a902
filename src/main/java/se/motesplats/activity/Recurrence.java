package se.motesplats.activity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;

/**
 * Expands a schedule into meeting start times with an RFC 5545 recurrence rule (ical4j). Rules run
 * in local wall-clock time and only then become instants, so a 18:00 café stays at 18:00 across
 * the daylight-saving changes.
 */
final class Recurrence {

    private Recurrence() {
    }

    /** Start instants of the meetings from {@code from} (inclusive) up to {@code horizon} (exclusive). */
    static List<Instant> starts(Schedule schedule, ZoneId zone, LocalDate from, LocalDate horizon) {
        LocalDateTime seed = LocalDateTime.of(schedule.firstDate(), schedule.startTime());
        LocalDate end = schedule.untilDate() == null || schedule.untilDate().isAfter(horizon.minusDays(1))
                ? horizon.minusDays(1) : schedule.untilDate();
        LocalDate start = from.isAfter(schedule.firstDate()) ? from : schedule.firstDate();
        if (end.isBefore(start)) {
            return List.of();
        }
        List<LocalDateTime> dates = schedule.frequency() == Frequency.ONCE
                ? List.of(seed)
                : new Recur<LocalDateTime>(rule(schedule)).getDates(seed, start.atStartOfDay(), end.plusDays(1).atStartOfDay());
        return dates.stream()
                .filter(date -> !date.toLocalDate().isBefore(start) && !date.toLocalDate().isAfter(end))
                .filter(date -> !schedule.exceptions().contains(date.toLocalDate()))
                .sorted(Comparator.naturalOrder())
                .map(date -> date.atZone(zone).toInstant())
                .toList();
    }

    static String rule(Schedule schedule) {
        String days = schedule.weekdays().stream().sorted()
                .map(Recurrence::icalDay)
                .collect(Collectors.joining(","));
        String interval = schedule.frequency() == Frequency.EVERY_OTHER_WEEK ? ";INTERVAL=2" : "";
        return "FREQ=WEEKLY" + interval + ";WKST=MO;BYDAY=" + days;
    }

    private static String icalDay(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
