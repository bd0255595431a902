package se.motesplats.signup;

/** What the sign-up module tells others (attendance, reporting) and itself (notifications). */
public final class SignupEvents {

    private SignupEvents() {
    }

    /** Every sign-up event names the sign-up, its activity and the person. */
    public sealed interface SignupEvent {
        long signupId();

        long activityId();

        long accountId();
    }

    public record PlaceConfirmed(long signupId, long activityId, long accountId) implements SignupEvent {
    }

    public record Waitlisted(long signupId, long activityId, long accountId) implements SignupEvent {
    }

    public record PromotedFromWaitingList(long signupId, long activityId, long accountId) implements SignupEvent {
    }

    /** Nobody said yes to the place offered in time; it went to the next in the queue. */
    public record OfferExpired(long signupId, long activityId, long accountId) implements SignupEvent {
    }

    public record SignupCancelled(long signupId, long activityId, long accountId) implements SignupEvent {
    }

    /** After repeated no-shows the person was asked whether they still want their place, by {@code answerBy}. */
    public record StillComingAsked(long signupId, long activityId, long accountId, java.time.Instant answerBy) implements SignupEvent {
    }
}
