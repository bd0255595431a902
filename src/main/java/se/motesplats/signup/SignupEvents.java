package se.motesplats.signup;

/** What the sign-up module tells others (attendance, reporting) and itself (notifications). */
public final class SignupEvents {

    private SignupEvents() {
    }

    public record PlaceConfirmed(long signupId, long activityId, long accountId) {
    }

    public record Waitlisted(long signupId, long activityId, long accountId) {
    }

    public record PromotedFromWaitingList(long signupId, long activityId, long accountId) {
    }

    /** Nobody said yes to the place offered in time; it went to the next in the queue. */
    public record OfferExpired(long signupId, long activityId, long accountId) {
    }

    public record SignupCancelled(long signupId, long activityId, long accountId) {
    }

    /** After repeated no-shows the person was asked whether they still want their place, by {@code answerBy}. */
    public record StillComingAsked(long signupId, long activityId, long accountId, java.time.Instant answerBy) {
    }
}
