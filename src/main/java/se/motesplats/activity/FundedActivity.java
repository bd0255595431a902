package se.motesplats.activity;

import java.util.List;

/**
 * An activity as a funding claim sees it: the scheme it runs under, whether its activity plan was
 * approved (a coordinator approved the activity, which includes its plan), and its meetings held
 * so far (not cancelled).
 */
public record FundedActivity(long id, String title, long organisationId, String municipalityCode, String fundingScheme,
        boolean planApproved, List<OccurrenceView> meetings) {

    public FundedActivity {
        meetings = List.copyOf(meetings);
    }
}
