package se.motesplats.volunteering;

import java.util.Locale;

/** Why a match ended; {@code PAUSED} is set when a coordinator pauses the volunteer. */
public enum EndReason {
    PERIOD_OVER, NOT_WORKING, MOVED, OTHER, PAUSED;

    public String translationKey() {
        return "volunteering.end-reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
