package se.motesplats.signup;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the caller's own sign-ups; {@code occurrenceId} is set for a single drop-in meeting,
 * {@code offeredUntil} while a place freed for them waits for their yes, {@code away} the meetings
 * they said they cannot come to.
 */
public record MySignup(long signupId, long activityId, @Nullable Long occurrenceId, SignupStatus status, int waitingPosition,
        List<Companion> companions, @Nullable Instant offeredUntil, @Nullable OfferReason offerReason, java.util.Set<Long> away) {

    /** A place is held for the person until they say yes. */
    public boolean offered() {
        return offeredUntil != null;
    }
}
