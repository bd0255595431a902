package se.motesplats.activity;

import org.jspecify.annotations.Nullable;
import se.motesplats.shared.RuleViolation;

/** The ages an activity is for; either end may be open. Children who come along must fit it. */
public record AgeRange(@Nullable Integer min, @Nullable Integer max) {

    public static final AgeRange ANY = new AgeRange(null, null);

    public AgeRange {
        if (min != null && (min < 0 || min > 120) || max != null && (max < 0 || max > 120)
                || min != null && max != null && min > max) {
            throw new RuleViolation("activity.error.ages");
        }
    }

    public boolean admits(int age) {
        return (min == null || age >= min) && (max == null || age <= max);
    }

    public boolean limited() {
        return min != null || max != null;
    }
}
