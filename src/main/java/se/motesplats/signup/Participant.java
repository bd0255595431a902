package se.motesplats.signup;

import org.jspecify.annotations.Nullable;

/**
 * A person on an activity's list as its organisers see it: first name only, how many come along,
 * and their place in the queue. No contact details.
 */
public record Participant(long signupId, String firstName, SignupStatus status, int companions, int waitingPosition,
        @Nullable Long occurrenceId, boolean referred) {
}
