package se.motesplats.volunteering;

import java.util.Locale;

/** Asked only, and optionally, so that a wish to be matched with someone of the same gender can be honoured. */
public enum Gender {
    WOMAN, MAN, OTHER;

    public String translationKey() {
        return "volunteering.gender." + name().toLowerCase(Locale.ROOT);
    }
}
