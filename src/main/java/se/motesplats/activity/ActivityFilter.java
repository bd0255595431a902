package se.motesplats.activity;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What newcomers filter the listing by; every field can travel in a URL. */
public record ActivityFilter(@Nullable ActivityCategory category, @Nullable String municipalityCode, Set<Flag> flags, String text,
        @Nullable DayOfWeek weekday, @Nullable TimeOfDay timeOfDay) {

    /** Yes/no filters, each shown as a chip and named in the URL by {@link #parameter()}. */
    public enum Flag {
        NO_SWEDISH, THIS_WEEK, FREE, WOMEN, CHILDCARE, STEP_FREE;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static final ActivityFilter ALL = new ActivityFilter(null, null, Set.of(), "");

    public ActivityFilter {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** Any day, any time. */
    public ActivityFilter(@Nullable ActivityCategory category, @Nullable String municipalityCode, Set<Flag> flags, String text) {
        this(category, municipalityCode, flags, text, null, null);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public ActivityFilter with(Flag flag, boolean on) {
        Set<Flag> changed = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        if (on) {
            changed.add(flag);
        } else {
            changed.remove(flag);
        }
        return new ActivityFilter(category, municipalityCode, changed, text, weekday, timeOfDay);
    }

    public ActivityFilter with(@Nullable ActivityCategory newCategory, @Nullable String newMunicipalityCode, String newText) {
        return new ActivityFilter(newCategory, newMunicipalityCode, flags, newText, weekday, timeOfDay);
    }

    public ActivityFilter when(@Nullable DayOfWeek newWeekday, @Nullable TimeOfDay newTimeOfDay) {
        return new ActivityFilter(category, municipalityCode, flags, text, newWeekday, newTimeOfDay);
    }
}
