package se.motesplats.funding;

import java.time.Instant;
import java.util.Set;

/** Who was at one meeting: the participants' attendance keys and how many leaders. */
public record MeetingAttendance(long meetingId, Instant startsAt, Set<String> participants, int leaders) {

    public MeetingAttendance {
        participants = Set.copyOf(participants);
    }
}
