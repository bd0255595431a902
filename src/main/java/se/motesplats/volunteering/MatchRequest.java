package se.motesplats.volunteering;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;

/**
 * A newcomer's wish for a volunteer, as matching sees it. {@code firstName} is the alias of a person
 * with a protected identity; contact details are not part of it.
 */
public record MatchRequest(long id, long accountId, String firstName, ProgrammeKind programme, String municipalityCode,
        Set<SpokenLanguage> languages, Set<ActivityCategory> interests, Set<TimeSlot> timeSlots, @Nullable Gender gender,
        boolean sameGenderOnly, List<Integer> childrenAges, Instant createdAt, boolean referred, RequestStatus status) {

    public MatchRequest {
        languages = Set.copyOf(languages);
        interests = Set.copyOf(interests);
        timeSlots = Set.copyOf(timeSlots);
        childrenAges = List.copyOf(childrenAges);
    }

    public enum RequestStatus {
        WAITING, MATCHED, CLOSED
    }
}
