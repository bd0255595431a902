package se.motesplats.activity;

import se.motesplats.shared.Translatable;

/** Who an activity is for. */
public enum TargetGroup implements Translatable {
    EVERYONE, WOMEN, YOUTH, FAMILIES, SENIORS, CHILDREN;

    @Override
    public String translationKey() {
        return "activity.target." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
