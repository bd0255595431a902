package se.motesplats.volunteering;

import java.util.Locale;
import se.motesplats.shared.Translatable;

/** When someone is usually free to meet. */
public enum TimeSlot implements Translatable {
    WEEKDAY_DAYTIME, WEEKDAY_EVENING, WEEKEND;

    @Override
    public String translationKey() {
        return "volunteering.time-slot." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
