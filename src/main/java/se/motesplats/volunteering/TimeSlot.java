package se.motesplats.volunteering;

import java.util.Locale;

/** When someone is usually free to meet. */
public enum TimeSlot {
    WEEKDAY_DAYTIME, WEEKDAY_EVENING, WEEKEND;

    public String translationKey() {
        return "volunteering.time-slot." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
