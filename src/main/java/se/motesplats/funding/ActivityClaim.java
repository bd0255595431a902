package se.motesplats.funding;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One activity's part of a claim, with everything a person needs to check it by hand: every meeting
 * with its count of participants and leaders and whether it counts, the reasons it is not eligible
 * (translation keys), and the participants counted now and earlier.
 */
public record ActivityClaim(long activityId, String title, FundingScheme scheme, List<MeetingLine> meetings, int meetingsHeld,
        int meetingsCounted, List<String> notEligibleBecause, Set<String> newParticipants, int claimedBefore, int amountSek) {

    public ActivityClaim {
        meetings = List.copyOf(meetings);
        notEligibleBecause = List.copyOf(notEligibleBecause);
        newParticipants = Set.copyOf(newParticipants);
    }

    public boolean eligible() {
        return notEligibleBecause.isEmpty();
    }

    /** A meeting held (someone was checked in), whether it kept the leader ratio and whether it counts. */
    public record MeetingLine(long meetingId, Instant startsAt, int participants, int leaders, boolean ratioHolds, boolean counts) {
    }
}
