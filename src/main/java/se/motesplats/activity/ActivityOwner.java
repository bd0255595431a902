package se.motesplats.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who runs an activity and where, read without the activity's texts: all that the check whether
 * the caller may manage it needs. {@code startsAt} is the meeting's, when read for one.
 */
record ActivityOwner(long activityId, long organisationId, String municipalityCode, ActivityStatus status, @Nullable Instant startsAt) {
}
