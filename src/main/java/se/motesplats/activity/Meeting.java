package se.motesplats.activity;

/** A meeting together with the activity it belongs to. */
public record Meeting(long activityId, OccurrenceView occurrence) {
}
