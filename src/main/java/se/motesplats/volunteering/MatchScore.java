package se.motesplats.volunteering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.volunteering.Suggestion.Reason;

/**
 * Scores a volunteer for a request. Every point comes with a reason a coordinator can read, and the
 * weights are here in one place: a shared language matters most (it carries the first meetings),
 * then living close, then free time that overlaps, shared interests and, for contact families,
 * children of similar ages. A volunteer in another county, or one who does not meet a wish to be
 * matched with someone of the same gender, is not suggested at all.
 */
public final class MatchScore {

    static final int LANGUAGE_WELL = 30;
    static final int LANGUAGE_SOME = 15;
    static final int SAME_MUNICIPALITY = 25;
    static final int SAME_COUNTY = 10;
    static final int PER_TIME_SLOT = 10;
    static final int PER_INTEREST = 8;
    static final int MAX_INTERESTS = 3;
    static final int SAME_GENDER = 5;
    static final int PER_CHILD_OF_SIMILAR_AGE = 10;
    static final int MAX_CHILDREN = 2;
    static final int SIMILAR_AGE_YEARS = 3;

    private MatchScore() {
    }

    /** The suggestion, or empty if the volunteer is out of reach or would go against a stated wish. */
    public static Optional<Suggestion> of(MatchRequest request, VolunteerCandidate volunteer) {
        if (!county(request.municipalityCode()).equals(county(volunteer.municipalityCode())) || !genderWishesMet(request, volunteer)) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(language(request, volunteer));
        reasons.add(request.municipalityCode().equals(volunteer.municipalityCode())
                ? new Reason("volunteering.reason.same-municipality", Map.of(), SAME_MUNICIPALITY)
                : new Reason("volunteering.reason.same-county", Map.of(), SAME_COUNTY));
        Set<TimeSlot> times = new TreeSet<>(request.timeSlots());
        times.retainAll(volunteer.timeSlots());
        reasons.add(times.isEmpty()
                ? new Reason("volunteering.reason.no-common-time", Map.of(), 0)
                : new Reason("volunteering.reason.common-time", Map.of("times", List.copyOf(times)), PER_TIME_SLOT * times.size()));
        Set<ActivityCategory> interests = new TreeSet<>(request.interests());
        interests.retainAll(volunteer.interests());
        if (!interests.isEmpty()) {
            reasons.add(new Reason("volunteering.reason.interests", Map.of("interests", List.copyOf(interests)),
                    PER_INTEREST * Math.min(interests.size(), MAX_INTERESTS)));
        }
        if (request.sameGenderOnly() || volunteer.sameGenderOnly()) {
            reasons.add(new Reason("volunteering.reason.same-gender", Map.of(), SAME_GENDER));
        }
        if (request.programme() == ProgrammeKind.CONTACT_FAMILY && !request.childrenAges().isEmpty()) {
            reasons.add(household(request, volunteer));
        }
        return Optional.of(new Suggestion(volunteer, reasons.stream().mapToInt(Reason::points).sum(), reasons));
    }

    /** Suggestions best first: those who can be proposed now before those vetting still waits for. */
    public static List<Suggestion> rank(MatchRequest request, List<VolunteerCandidate> volunteers) {
        return volunteers.stream()
                .map(volunteer -> of(request, volunteer))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Suggestion suggestion) -> !suggestion.volunteer().proposable())
                        .thenComparing(Suggestion::points, Comparator.reverseOrder())
                        .thenComparing(suggestion -> suggestion.volunteer().accountId()))
                .toList();
    }

    private static Reason language(MatchRequest request, VolunteerCandidate volunteer) {
        return volunteer.languages().stream()
                .filter(skill -> request.languages().stream().anyMatch(spoken -> spoken.understands(skill.language())))
                .min(Comparator.comparing(LanguageSkill::fluency))
                .map(skill -> skill.fluency() == Fluency.SOME
                        ? new Reason("volunteering.reason.language-some", Map.of("language", skill.language().autonym()), LANGUAGE_SOME)
                        : new Reason("volunteering.reason.language-well", Map.of("language", skill.language().autonym()), LANGUAGE_WELL))
                .orElse(new Reason("volunteering.reason.no-common-language", Map.of(), 0));
    }

    private static Reason household(MatchRequest request, VolunteerCandidate volunteer) {
        if (volunteer.childrenAges().isEmpty()) {
            return new Reason("volunteering.reason.no-children", Map.of(), 0);
        }
        long similar = request.childrenAges().stream()
                .filter(age -> volunteer.childrenAges().stream().anyMatch(other -> Math.abs(other - age) <= SIMILAR_AGE_YEARS))
                .count();
        return new Reason("volunteering.reason.children-of-similar-age", Map.of("count", similar),
                PER_CHILD_OF_SIMILAR_AGE * (int) Math.min(similar, MAX_CHILDREN));
    }

    private static boolean genderWishesMet(MatchRequest request, VolunteerCandidate volunteer) {
        boolean wished = request.sameGenderOnly() || volunteer.sameGenderOnly();
        return !wished || (request.gender() != null && request.gender() == volunteer.gender());
    }

    private static String county(String municipalityCode) {
        return municipalityCode.substring(0, 2);
    }
}
