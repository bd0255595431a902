package se.motesplats.activity;

import org.jspecify.annotations.Nullable;

/** Where an activity meets, and how accessible the place is. */
public record Venue(String municipalityCode, String name, String address, @Nullable Double latitude,
        @Nullable Double longitude, boolean stepFree, boolean hearingLoop) {
}
