package se.motesplats.attendance;

import java.util.List;

/**
 * The roll call of one meeting: leaders, the people with a place and their companions, and whoever
 * else was checked in (walk-ins, people who scanned without signing up).
 *
 * @param participantsPerLeader the leader ratio of the activity's funding scheme, 0 when it has none
 */
public record RollCall(MeetingToLead meeting, List<RollCallEntry> entries, int participantsPerLeader) {

    public long present() {
        return entries.stream().filter(entry -> entry.present() && entry.group() != RollCallEntry.Group.LEADER).count();
    }

    public long signedUp() {
        return entries.stream().filter(entry -> entry.group() == RollCallEntry.Group.SIGNED_UP
                || entry.group() == RollCallEntry.Group.COMPANION).count();
    }

    public long leadersPresent() {
        return entries.stream().filter(entry -> entry.present() && entry.group() == RollCallEntry.Group.LEADER).count();
    }

    /** Whether enough leaders are present for the participants present; true when the scheme sets no ratio. */
    public boolean leaderRatioHolds() {
        return participantsPerLeader <= 0 || present() <= leadersPresent() * participantsPerLeader;
    }
}
