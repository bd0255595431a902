package se.motesplats.volunteering;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;

/** A newcomer's wish for a volunteer, as they (or a case officer with them) fill it in. */
public record RequestForm(@Nullable ProgrammeKind programme, @Nullable String municipalityCode, Set<SpokenLanguage> languages,
        Set<ActivityCategory> interests, Set<TimeSlot> timeSlots, @Nullable Gender gender, boolean sameGenderOnly,
        List<Integer> childrenAges) {

    public RequestForm {
        languages = Set.copyOf(languages);
        interests = Set.copyOf(interests);
        timeSlots = Set.copyOf(timeSlots);
        childrenAges = List.copyOf(childrenAges);
    }
}
