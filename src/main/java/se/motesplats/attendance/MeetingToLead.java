package se.motesplats.attendance;

import java.time.Instant;

/** A meeting of the leader's association, as the "Today" list and the offline cache name it. */
public record MeetingToLead(long meetingId, long activityId, String title, Instant startsAt, Instant endsAt) {
}
