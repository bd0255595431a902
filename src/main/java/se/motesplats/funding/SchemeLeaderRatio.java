package se.motesplats.funding;

import org.springframework.stereotype.Component;
import se.motesplats.attendance.LeaderRatio;

/** The leader ratio the roll call shows is the one of the activity's funding scheme; activities under none have no rule. */
@Component
class SchemeLeaderRatio implements LeaderRatio {

    private final FundingService funding;

    SchemeLeaderRatio(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public int participantsPerLeader(long activityId) {
        return funding.participantsPerLeader(activityId);
    }
}
