package se.motesplats.activity;

/** How much Swedish a participant needs. */
public enum SwedishLevel {
    NONE, BEGINNER, INTERMEDIATE, FLUENT;

    public String translationKey() {
        return "activity.swedish." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
