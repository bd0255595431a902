package se.motesplats.funding;

/**
 * What a scheme pays and on which conditions: an amount per participant and activity once the
 * activity has held {@code minMeetings} meetings, at most {@code participantsPerLeader} participants
 * per leader present (0: no rule), and a participant counts after {@code minAttendances} meetings.
 */
public record FundingScheme(String code, String name, int amountPerParticipantSek, int minMeetings, int participantsPerLeader,
        int minAttendances, BelowRatio belowRatio, boolean requiresApprovedPlan) {

    /** What a meeting with too few leaders does to a claim. */
    public enum BelowRatio {
        /** The meeting is left out: it is not held for the minimum, and attendances there do not count. */
        MEETING_DOES_NOT_COUNT,
        /** The whole activity cannot be claimed. */
        ACTIVITY_NOT_ELIGIBLE
    }

    /** Whether a meeting with this many participants and leaders keeps the ratio. */
    public boolean ratioHolds(int participants, int leaders) {
        return participantsPerLeader == 0 || (leaders > 0 && participants <= leaders * participantsPerLeader);
    }
}
