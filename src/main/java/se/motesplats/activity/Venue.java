package se.motesplats.activity;

import org.jspecify.annotations.Nullable;

/** Where an activity meets, and how accessible the place is. */
public record Venue(String municipalityCode, String name, String address, @Nullable Double latitude,
        @Nullable Double longitude, boolean stepFree, boolean hearingLoop) {

    /** Sweden with a margin; a pin outside is a slip of the finger on the map (or a forged request). */
    private static final double SOUTH = 55.0;
    private static final double NORTH = 69.2;
    private static final double WEST = 10.5;
    private static final double EAST = 24.3;

    public boolean pinned() {
        return latitude != null && longitude != null;
    }

    /** No pin at all, or one inside Sweden; half a pin is not allowed. */
    public boolean pinPlausible() {
        if (latitude == null && longitude == null) {
            return true;
        }
        return pinned() && latitude >= SOUTH && latitude <= NORTH && longitude >= WEST && longitude <= EAST;
    }
}
