package se.motesplats.activity;

import java.time.Instant;

/** What the activity module tells others (sign-up, notification) about changes people must hear of. */
public final class ActivityEvents {

    private ActivityEvents() {
    }

    public record ActivityPublished(long activityId) {
    }

    public record ActivityCancelled(long activityId) {
    }

    /** The organiser changed the activity, for example its capacity or schedule. */
    public record ActivityChanged(long activityId) {
    }

    public record OccurrenceCancelled(long activityId, long occurrenceId, Instant startsAt) {
    }

    public record OccurrenceMoved(long activityId, long occurrenceId, Instant from, Instant to) {
    }
}
