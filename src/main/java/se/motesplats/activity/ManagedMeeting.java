package se.motesplats.activity;

import java.time.Instant;

/** A meeting of a published activity that the caller runs or oversees: what a roll call's sync needs of it. */
public record ManagedMeeting(long occurrenceId, long activityId, long organisationId, Instant startsAt) {
}
