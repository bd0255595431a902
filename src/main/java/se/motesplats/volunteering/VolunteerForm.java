package se.motesplats.volunteering;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;

/**
 * What a volunteer tells about themselves when signing up: programmes, where they live, languages
 * and how well, interests, when they are free, for contact families the children's ages at home,
 * and how many newcomers they can take at once.
 */
public record VolunteerForm(Set<ProgrammeKind> programmes, @Nullable String municipalityCode, List<LanguageSkill> languages,
        Set<ActivityCategory> interests, Set<TimeSlot> timeSlots, @Nullable Gender gender, boolean sameGenderOnly,
        List<Integer> childrenAges, int maxMatches) {

    public VolunteerForm {
        programmes = Set.copyOf(programmes);
        languages = List.copyOf(languages);
        interests = Set.copyOf(interests);
        timeSlots = Set.copyOf(timeSlots);
        childrenAges = List.copyOf(childrenAges);
    }
}
