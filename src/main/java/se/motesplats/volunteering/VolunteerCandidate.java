package se.motesplats.volunteering;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;

/**
 * What matching needs to know of a volunteer for one programme: no contact details. {@code missing}
 * lists the programme's requirements vetting has not seen yet.
 */
public record VolunteerCandidate(long accountId, String firstName, String municipalityCode, List<LanguageSkill> languages,
        Set<ActivityCategory> interests, Set<TimeSlot> timeSlots, @Nullable Gender gender, boolean sameGenderOnly,
        List<Integer> childrenAges, int freePlaces, boolean paused, List<Requirement> missing) {

    public VolunteerCandidate {
        languages = List.copyOf(languages);
        interests = Set.copyOf(interests);
        timeSlots = Set.copyOf(timeSlots);
        childrenAges = List.copyOf(childrenAges);
        missing = List.copyOf(missing);
    }

    /** Why the volunteer cannot be proposed now, if anything stops it. */
    public boolean proposable() {
        return !paused && freePlaces > 0 && missing.isEmpty();
    }
}
