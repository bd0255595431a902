package se.motesplats.signup;

import java.util.List;

/**
 * What came of a sign-up: a place, or a place in the queue ({@code waitingPosition} 1 is next), and
 * the caller's other activities whose meetings overlap this one's.
 */
public record SignupOutcome(long signupId, SignupStatus status, int waitingPosition, List<Long> overlappingActivityIds) {
}
