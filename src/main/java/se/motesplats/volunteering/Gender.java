package se.motesplats.volunteering;

import java.util.Locale;
import se.motesplats.shared.Translatable;

/** Asked only, and optionally, so that a wish to be matched with someone of the same gender can be honoured. */
public enum Gender implements Translatable {
    WOMAN, MAN, OTHER;

    @Override
    public String translationKey() {
        return "volunteering.gender." + name().toLowerCase(Locale.ROOT);
    }
}
