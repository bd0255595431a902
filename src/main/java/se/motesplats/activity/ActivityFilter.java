package se.motesplats.activity;

import org.jspecify.annotations.Nullable;

/** What newcomers filter the listing by; every field can travel in a URL. */
public record ActivityFilter(@Nullable ActivityCategory category, @Nullable String municipalityCode, boolean noSwedishNeeded,
        boolean free, boolean thisWeek, boolean womenOnly, boolean childcare, boolean stepFree, String text) {

    public static final ActivityFilter ALL = new ActivityFilter(null, null, false, false, false, false, false, false, "");
}
