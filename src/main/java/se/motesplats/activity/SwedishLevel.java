package se.motesplats.activity;

import se.motesplats.shared.Translatable;

/** How much Swedish a participant needs. */
public enum SwedishLevel implements Translatable {
    NONE, BEGINNER, INTERMEDIATE, FLUENT;

    @Override
    public String translationKey() {
        return "activity.swedish." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
