package se.motesplats.activity;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;

/**
 * What newcomers filter the listing by. Every field but {@code position} can travel in a URL; where the
 * visitor stands stays on their screen (it is personal data and means nothing to someone the link is shared with).
 *
 * @param spoken   a language the leaders speak
 * @param group    activities for this group, or for everyone
 * @param level    the visitor's Swedish: activities that need at most that much
 * @param position roughly where the visitor is, when they allowed the browser to tell; needed for
 *                 {@link Flag#NEAR_ME} and {@link Order#DISTANCE}, ignored without them
 */
public record ActivityFilter(@Nullable ActivityCategory category, @Nullable String municipalityCode, Set<Flag> flags, String text,
        @Nullable DayOfWeek weekday, @Nullable TimeOfDay timeOfDay, @Nullable SupportedLanguage spoken, @Nullable TargetGroup group,
        @Nullable SwedishLevel level, Order order, @Nullable Position position) {

    /** How far "near me" reaches: a bus ride in town, a short drive in the countryside. */
    public static final int NEAR_METRES = 25_000;

    /** Yes/no filters, each shown as a chip and named in the URL by {@link #parameter()}. */
    public enum Flag {
        NO_SWEDISH, THIS_WEEK, FREE, WOMEN, CHILDCARE, STEP_FREE, NEAR_ME;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Next meeting first (the default), or closest first. */
    public enum Order {
        NEXT_MEETING, DISTANCE
    }

    public static final ActivityFilter ALL = new ActivityFilter(null, null, Set.of(), "");

    public ActivityFilter {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** Any day, any time, anyone, next meeting first. */
    public ActivityFilter(@Nullable ActivityCategory category, @Nullable String municipalityCode, Set<Flag> flags, String text) {
        this(category, municipalityCode, flags, text, null, null, null, null, null, Order.NEXT_MEETING, null);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** Whether the listing needs to know where the visitor is. */
    public boolean wantsPosition() {
        return has(Flag.NEAR_ME) || order == Order.DISTANCE;
    }

    public ActivityFilter with(Flag flag, boolean on) {
        Set<Flag> changed = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        if (on) {
            changed.add(flag);
        } else {
            changed.remove(flag);
        }
        return new ActivityFilter(category, municipalityCode, changed, text, weekday, timeOfDay, spoken, group, level, order, position);
    }

    public ActivityFilter with(@Nullable ActivityCategory newCategory, @Nullable String newMunicipalityCode, String newText) {
        return new ActivityFilter(newCategory, newMunicipalityCode, flags, newText, weekday, timeOfDay, spoken, group, level, order,
                position);
    }

    public ActivityFilter when(@Nullable DayOfWeek newWeekday, @Nullable TimeOfDay newTimeOfDay) {
        return new ActivityFilter(category, municipalityCode, flags, text, newWeekday, newTimeOfDay, spoken, group, level, order,
                position);
    }

    public ActivityFilter forWhom(@Nullable SupportedLanguage newSpoken, @Nullable TargetGroup newGroup, @Nullable SwedishLevel newLevel) {
        return new ActivityFilter(category, municipalityCode, flags, text, weekday, timeOfDay, newSpoken, newGroup, newLevel, order,
                position);
    }

    public ActivityFilter sorted(Order newOrder) {
        return new ActivityFilter(category, municipalityCode, flags, text, weekday, timeOfDay, spoken, group, level, newOrder, position);
    }

    public ActivityFilter from(@Nullable Position newPosition) {
        return new ActivityFilter(category, municipalityCode, flags, text, weekday, timeOfDay, spoken, group, level, order, newPosition);
    }
}
