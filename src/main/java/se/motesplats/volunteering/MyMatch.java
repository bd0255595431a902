package se.motesplats.volunteering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;

/**
 * One of the caller's matches, from their side. Before both have said yes each side sees only what
 * deciding needs (first name, languages, interests, municipality, free time; for a contact family
 * the children's ages); {@code email} and {@code phone} of the other side are filled only once the
 * match is active and the volunteer not paused. {@code followUpDue} is the "how is it going?" round
 * the caller has yet to answer.
 */
public record MyMatch(long id, boolean iAmVolunteer, ProgrammeKind programme, MatchStatus status, String otherFirstName,
        Set<SpokenLanguage> otherLanguages, Set<ActivityCategory> otherInterests, Set<TimeSlot> otherTimeSlots, String otherMunicipality,
        List<Integer> childrenAges, boolean iAccepted, boolean otherAccepted, boolean paused, @Nullable String email,
        @Nullable String phone, @Nullable Instant activeSince, List<LocalDate> meetings, FollowUp.@Nullable Round followUpDue) {

    public MyMatch {
        otherLanguages = Set.copyOf(otherLanguages);
        otherInterests = Set.copyOf(otherInterests);
        otherTimeSlots = Set.copyOf(otherTimeSlots);
        childrenAges = List.copyOf(childrenAges);
        meetings = List.copyOf(meetings);
    }

    public boolean waitingForMe() {
        return status == MatchStatus.PROPOSED && !iAccepted && !paused;
    }
}
