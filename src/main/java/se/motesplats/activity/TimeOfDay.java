package se.motesplats.activity;

import java.time.LocalTime;

/** Parts of the day people plan around (work, school, children): by when a meeting starts. */
public enum TimeOfDay {
    MORNING(LocalTime.MIN, LocalTime.NOON),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.MAX);

    private final LocalTime from;
    private final LocalTime until;

    TimeOfDay(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime until() {
        return until;
    }

    public String translationKey() {
        return "activity.time." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
