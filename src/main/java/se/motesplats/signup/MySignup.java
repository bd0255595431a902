package se.motesplats.signup;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One of the caller's own sign-ups; {@code occurrenceId} is set for a single drop-in meeting. */
public record MySignup(long signupId, long activityId, @Nullable Long occurrenceId, SignupStatus status, int waitingPosition,
        List<Companion> companions) {
}
