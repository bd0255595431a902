package se.motesplats.volunteering;

import java.util.Locale;

/** How well a volunteer speaks a language. */
public enum Fluency {
    NATIVE, GOOD, SOME;

    public String translationKey() {
        return "volunteering.fluency." + name().toLowerCase(Locale.ROOT);
    }
}
