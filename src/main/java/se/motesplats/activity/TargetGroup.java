package se.motesplats.activity;

/** Who an activity is for. */
public enum TargetGroup {
    EVERYONE, WOMEN, YOUTH, FAMILIES, SENIORS, CHILDREN;

    public String translationKey() {
        return "activity.target." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
