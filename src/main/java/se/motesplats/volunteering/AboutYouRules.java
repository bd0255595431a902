package se.motesplats.volunteering;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.motesplats.area.AreaService;
import se.motesplats.shared.RuleViolation;

/**
 * The rules for the answers volunteers and newcomers both give (where they live, languages, free
 * time, children's ages, a same-gender wish), so that a sign-up and a request are refused alike.
 */
final class AboutYouRules {

    static final int MAX_CHILD_AGE = 25;

    private AboutYouRules() {
    }

    static void check(AreaService areas, @Nullable String municipalityCode, Collection<?> languages, Collection<TimeSlot> timeSlots,
            List<Integer> childrenAges, boolean sameGenderOnly, @Nullable Gender gender) {
        if (municipalityCode == null || areas.municipality(municipalityCode).isEmpty()) {
            throw new RuleViolation("volunteering.rule.municipality-needed");
        }
        if (languages.isEmpty()) {
            throw new RuleViolation("volunteering.rule.language-needed");
        }
        if (timeSlots.isEmpty()) {
            throw new RuleViolation("volunteering.rule.time-needed");
        }
        if (childrenAges.stream().anyMatch(age -> age < 0 || age > MAX_CHILD_AGE)) {
            throw new RuleViolation("volunteering.rule.child-age");
        }
        if (sameGenderOnly && gender == null) {
            throw new RuleViolation("volunteering.rule.gender-needed");
        }
    }
}
