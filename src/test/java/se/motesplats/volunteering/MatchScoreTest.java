package se.motesplats.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.volunteering.Suggestion.Reason;

class MatchScoreTest {

    private static final String MALMO = "1280";
    private static final String LUND = "1281";
    private static final String STOCKHOLM = "0180";

    private static MatchRequest request(ProgrammeKind kind, Set<SpokenLanguage> languages, Set<TimeSlot> times, List<Integer> children) {
        return new MatchRequest(1, 100, "Amina", kind, MALMO, languages, Set.of(ActivityCategory.SPORT, ActivityCategory.MUSIC), times,
                Gender.WOMAN, false, children, Instant.EPOCH, false, MatchRequest.RequestStatus.WAITING);
    }

    private static VolunteerCandidate volunteer(long id, String municipality, List<LanguageSkill> languages, Set<TimeSlot> times) {
        return new VolunteerCandidate(id, "Volunteer " + id, municipality, languages, Set.of(ActivityCategory.SPORT), times, Gender.WOMAN,
                false, List.of(), 1, false, List.of());
    }

    private static List<String> keys(Suggestion suggestion) {
        return suggestion.reasons().stream().map(Reason::key).toList();
    }

    @Test
    void everyPointHasAReasonAndTheyAddUp() {
        Suggestion suggestion = MatchScore.of(
                request(ProgrammeKind.LANGUAGE_FRIEND, Set.of(SpokenLanguage.ARABIC), Set.of(TimeSlot.WEEKEND, TimeSlot.WEEKDAY_EVENING),
                        List.of()),
                volunteer(1, MALMO, List.of(new LanguageSkill(SpokenLanguage.SWEDISH, Fluency.WELL),
                        new LanguageSkill(SpokenLanguage.ARABIC, Fluency.WELL)), Set.of(TimeSlot.WEEKEND))).orElseThrow();

        assertThat(keys(suggestion)).containsExactly("volunteering.reason.language-well", "volunteering.reason.same-municipality",
                "volunteering.reason.common-time", "volunteering.reason.interests");
        assertThat(suggestion.points()).isEqualTo(MatchScore.LANGUAGE_WELL + MatchScore.SAME_MUNICIPALITY + MatchScore.PER_TIME_SLOT
                + MatchScore.PER_INTEREST);
        assertThat(suggestion.reasons().getFirst().arguments()).containsEntry("language", "العربية");
        assertThat(suggestion.reasons().get(3).arguments().get("interests")).isEqualTo(List.of(ActivityCategory.SPORT));
    }

    @Test
    void aSharedLanguageCountsMostAndDariMeetsPersian() {
        MatchRequest dari = request(ProgrammeKind.REFUGEE_GUIDE, Set.of(SpokenLanguage.DARI), Set.of(TimeSlot.WEEKEND), List.of());
        VolunteerCandidate persian = volunteer(1, LUND, List.of(new LanguageSkill(SpokenLanguage.PERSIAN, Fluency.WELL)), Set.of());
        VolunteerCandidate someDari = volunteer(2, LUND, List.of(new LanguageSkill(SpokenLanguage.DARI, Fluency.SOME)), Set.of());
        VolunteerCandidate swedishOnly = volunteer(3, MALMO, List.of(new LanguageSkill(SpokenLanguage.SWEDISH, Fluency.WELL)),
                Set.of(TimeSlot.WEEKEND));

        assertThat(MatchScore.rank(dari, List.of(swedishOnly, someDari, persian)))
                .extracting(suggestion -> suggestion.volunteer().accountId()).containsExactly(1L, 3L, 2L);
        assertThat(keys(MatchScore.of(dari, swedishOnly).orElseThrow())).contains("volunteering.reason.no-common-language");
        assertThat(keys(MatchScore.of(dari, persian).orElseThrow())).contains("volunteering.reason.same-county",
                "volunteering.reason.no-common-time");
    }

    @Test
    void volunteersInAnotherCountyAreNotSuggested() {
        assertThat(MatchScore.of(request(ProgrammeKind.MENTOR, Set.of(SpokenLanguage.ARABIC), Set.of(TimeSlot.WEEKEND), List.of()),
                volunteer(1, STOCKHOLM, List.of(new LanguageSkill(SpokenLanguage.ARABIC, Fluency.WELL)), Set.of(TimeSlot.WEEKEND))))
                .isEmpty();
    }

    @Test
    void aWishForTheSameGenderIsHonouredFromEitherSide() {
        MatchRequest wish = new MatchRequest(1, 100, "Amina", ProgrammeKind.LANGUAGE_FRIEND, MALMO, Set.of(SpokenLanguage.ARABIC), Set.of(),
                Set.of(TimeSlot.WEEKEND), Gender.WOMAN, true, List.of(), Instant.EPOCH, false, MatchRequest.RequestStatus.WAITING);
        VolunteerCandidate man = new VolunteerCandidate(2, "Erik", MALMO, List.of(), Set.of(), Set.of(), Gender.MAN, false, List.of(), 1,
                false, List.of());
        VolunteerCandidate unknown = new VolunteerCandidate(3, "Kim", MALMO, List.of(), Set.of(), Set.of(), null, false, List.of(), 1,
                false, List.of());
        VolunteerCandidate woman = new VolunteerCandidate(4, "Eva", MALMO, List.of(), Set.of(), Set.of(), Gender.WOMAN, false, List.of(), 1,
                false, List.of());
        assertThat(MatchScore.rank(wish, List.of(man, unknown, woman))).extracting(s -> s.volunteer().accountId()).containsExactly(4L);
        assertThat(keys(MatchScore.of(wish, woman).orElseThrow())).contains("volunteering.reason.same-gender");

        VolunteerCandidate womanWhoWishes = new VolunteerCandidate(5, "Sara", MALMO, List.of(), Set.of(), Set.of(), Gender.WOMAN, true,
                List.of(), 1, false, List.of());
        MatchRequest man2 = new MatchRequest(2, 101, "Ali", ProgrammeKind.LANGUAGE_FRIEND, MALMO, Set.of(), Set.of(), Set.of(), Gender.MAN,
                false, List.of(), Instant.EPOCH, false, MatchRequest.RequestStatus.WAITING);
        assertThat(MatchScore.of(man2, womanWhoWishes)).isEmpty();
    }

    @Test
    void contactFamiliesWithChildrenOfSimilarAgesFitBetter() {
        MatchRequest family = request(ProgrammeKind.CONTACT_FAMILY, Set.of(SpokenLanguage.SOMALI), Set.of(TimeSlot.WEEKEND), List.of(5, 9));
        VolunteerCandidate similar = new VolunteerCandidate(1, "Familjen A", MALMO, List.of(), Set.of(), Set.of(TimeSlot.WEEKEND), null,
                false, List.of(7, 16), 1, false, List.of());
        VolunteerCandidate none = new VolunteerCandidate(2, "Familjen B", MALMO, List.of(), Set.of(), Set.of(TimeSlot.WEEKEND), null,
                false, List.of(), 1, false, List.of());

        Suggestion fits = MatchScore.of(family, similar).orElseThrow();
        assertThat(fits.reasons()).anySatisfy(reason -> {
            assertThat(reason.key()).isEqualTo("volunteering.reason.children-of-similar-age");
            assertThat(reason.arguments()).containsEntry("count", 2L);
            assertThat(reason.points()).isEqualTo(2 * MatchScore.PER_CHILD_OF_SIMILAR_AGE);
        });
        assertThat(keys(MatchScore.of(family, none).orElseThrow())).contains("volunteering.reason.no-children");
        assertThat(fits.points()).isGreaterThan(MatchScore.of(family, none).orElseThrow().points());
    }

    @Test
    void volunteersVettingStillWaitsForComeAfterThoseWhoCanBeProposed() {
        MatchRequest request = request(ProgrammeKind.LANGUAGE_FRIEND, Set.of(SpokenLanguage.ARABIC), Set.of(TimeSlot.WEEKEND), List.of());
        VolunteerCandidate great = new VolunteerCandidate(1, "A", MALMO, List.of(new LanguageSkill(SpokenLanguage.ARABIC, Fluency.WELL)),
                Set.of(ActivityCategory.SPORT), Set.of(TimeSlot.WEEKEND), null, false, List.of(), 1, false, List.of(Requirement.INTERVIEW));
        VolunteerCandidate full = new VolunteerCandidate(2, "B", MALMO, List.of(new LanguageSkill(SpokenLanguage.ARABIC, Fluency.WELL)),
                Set.of(), Set.of(TimeSlot.WEEKEND), null, false, List.of(), 0, false, List.of());
        VolunteerCandidate ready = new VolunteerCandidate(3, "C", LUND, List.of(), Set.of(), Set.of(), null, false, List.of(), 1, false,
                List.of());
        assertThat(MatchScore.rank(request, List.of(great, full, ready))).extracting(s -> s.volunteer().accountId())
                .containsExactly(3L, 1L, 2L);
    }
}
