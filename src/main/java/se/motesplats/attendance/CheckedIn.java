package se.motesplats.attendance;

import java.time.Instant;

/** A participant's own check-in: at which meeting, since when, and whether they had already been checked in. */
public record CheckedIn(long meetingId, long activityId, Instant at, boolean already) {
}
