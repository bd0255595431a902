package se.motesplats.activity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the sign-up module needs to know to take a sign-up: whether the activity is open for it,
 * whether people come to single meetings (drop-in) or the whole activity, how many places it has
 * ({@code null}: no limit), the ages it is for and its coming meetings.
 */
public record SignupTerms(long activityId, long organisationId, boolean open, boolean dropIn, @Nullable Integer capacity,
        AgeRange ages, List<OccurrenceView> comingMeetings) {

    public boolean hasComingMeeting(long occurrenceId) {
        return comingMeetings.stream().anyMatch(meeting -> meeting.id() == occurrenceId && !meeting.cancelled());
    }
}
