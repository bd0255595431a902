package se.motesplats.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The funding rule, applied to one activity's meetings up to the end of a claim period. A meeting
 * is held when anyone was checked in. Under {@code MEETING_DOES_NOT_COUNT} a meeting below the
 * leader ratio is left out (not held for the minimum, attendances there do not count); under
 * {@code ACTIVITY_NOT_ELIGIBLE} one such meeting makes the activity ineligible. An eligible activity
 * is paid for each participant who has attended the scheme's number of counted meetings and was
 * not claimed before for this activity.
 */
public final class ClaimRules {

    private ClaimRules() {
    }

    public static ActivityClaim compute(long activityId, String title, FundingScheme scheme, boolean planApproved,
            List<MeetingAttendance> meetings, Set<String> claimedBefore) {
        List<ActivityClaim.MeetingLine> lines = new ArrayList<>();
        Map<String, Integer> attended = new HashMap<>();
        boolean ratioBroken = false;
        for (MeetingAttendance meeting : meetings.stream().sorted(Comparator.comparing(MeetingAttendance::startsAt)).toList()) {
            int present = meeting.participants().size();
            if (present == 0 && meeting.leaders() == 0) {
                continue;
            }
            boolean holds = scheme.ratioHolds(present, meeting.leaders());
            ratioBroken |= !holds;
            boolean counts = holds || scheme.belowRatio() == FundingScheme.BelowRatio.ACTIVITY_NOT_ELIGIBLE;
            if (counts) {
                meeting.participants().forEach(attendee -> attended.merge(attendee, 1, Integer::sum));
            }
            lines.add(new ActivityClaim.MeetingLine(meeting.meetingId(), meeting.startsAt(), present, meeting.leaders(), holds, counts));
        }
        int counted = (int) lines.stream().filter(ActivityClaim.MeetingLine::counts).count();
        List<String> notEligible = new ArrayList<>();
        if (scheme.requiresApprovedPlan() && !planApproved) {
            notEligible.add("funding.not-eligible.plan");
        }
        if (counted < scheme.minMeetings()) {
            notEligible.add("funding.not-eligible.meetings");
        }
        if (ratioBroken && scheme.belowRatio() == FundingScheme.BelowRatio.ACTIVITY_NOT_ELIGIBLE) {
            notEligible.add("funding.not-eligible.ratio");
        }
        Set<String> newParticipants = new TreeSet<>();
        attended.forEach((attendee, times) -> {
            if (times >= scheme.minAttendances() && !claimedBefore.contains(attendee)) {
                newParticipants.add(attendee);
            }
        });
        int amount = notEligible.isEmpty() ? newParticipants.size() * scheme.amountPerParticipantSek() : 0;
        return new ActivityClaim(activityId, title, scheme, lines, lines.size(), counted, notEligible,
                notEligible.isEmpty() ? newParticipants : Set.of(), claimedBefore.size(), amount);
    }
}
