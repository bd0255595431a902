package se.motesplats.volunteering;

import java.util.Locale;
import se.motesplats.shared.Translatable;

/**
 * Why a match ended; {@code PAUSED} is set when a coordinator pauses the volunteer, {@code LEFT} when
 * one side deleted their account.
 */
public enum EndReason implements Translatable {
    PERIOD_OVER, NOT_WORKING, MOVED, OTHER, PAUSED, LEFT;

    @Override
    public String translationKey() {
        return "volunteering.end-reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
