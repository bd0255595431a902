package se.motesplats.signup;

import org.jspecify.annotations.Nullable;

/**
 * The places of an activity or meeting at one moment: capacity ({@code null}: no limit), places
 * taken, places kept for referred newcomers, and how many of the taken places referrals hold.
 */
record PlaceCount(@Nullable Integer capacity, int taken, int reserved, int referredTaken) {

    static final PlaceCount UNLIMITED = new PlaceCount(null, 0, 0, 0);

    /**
     * Places free for a sign-up, or {@link Integer#MAX_VALUE} without a limit. Self-service
     * sign-ups may not use the reservation that referrals have not filled yet.
     */
    int free(boolean referral) {
        if (capacity == null) {
            return Integer.MAX_VALUE;
        }
        int freeForAnyone = capacity - taken;
        return Math.max(0, referral ? freeForAnyone : freeForAnyone - Math.max(0, reserved - referredTaken));
    }

    PlaceCount taking(int places, boolean referral) {
        return new PlaceCount(capacity, taken + places, reserved, referral ? referredTaken + places : referredTaken);
    }
}
