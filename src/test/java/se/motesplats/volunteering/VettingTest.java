package se.motesplats.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VettingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Programme CONTACT_FAMILY = new Programme(3, ProgrammeKind.CONTACT_FAMILY, EnumSet.allOf(Requirement.class), 2, 12,
            Set.of());
    private static final Programme LANGUAGE_FRIEND = new Programme(1, ProgrammeKind.LANGUAGE_FRIEND,
            EnumSet.of(Requirement.INTERVIEW, Requirement.AGREEMENT), 2, 6, Set.of());

    @Test
    void nothingSeenMissesEveryRequirementOfTheProgramme() {
        assertThat(Vetting.NONE.missing(CONTACT_FAMILY, TODAY)).containsExactly(Requirement.values());
        assertThat(Vetting.NONE.missing(LANGUAGE_FRIEND, TODAY)).containsExactly(Requirement.INTERVIEW, Requirement.AGREEMENT);
    }

    @Test
    void aRecordCheckCountsUntilTheDayItIsValidTo() {
        Vetting vetting = new Vetting(TODAY.minusDays(30), TODAY.minusDays(20), TODAY.minusDays(10), TODAY.minusMonths(11),
                RecordType.WORK_WITH_CHILDREN, TODAY);
        assertThat(vetting.missing(CONTACT_FAMILY, TODAY)).isEmpty();
        assertThat(vetting.missing(CONTACT_FAMILY, TODAY.plusDays(1))).containsExactly(Requirement.RECORD_CHECK);
        assertThat(vetting.missing(LANGUAGE_FRIEND, TODAY.plusYears(3))).as("not asked of language friends").isEmpty();
    }

    @Test
    void aRecordCheckWithoutTypeOrEndDateIsNotEnough() {
        Vetting noEnd = new Vetting(TODAY, TODAY, TODAY, TODAY, RecordType.OWN_RECORD, null);
        assertThat(noEnd.missing(CONTACT_FAMILY, TODAY)).containsExactly(Requirement.RECORD_CHECK);
    }

    @Test
    void programmesRunEverywhereUnlessLimitedToCounties() {
        assertThat(LANGUAGE_FRIEND.runsIn("1280")).isTrue();
        Programme skaneOnly = new Programme(5, ProgrammeKind.MENTOR, Set.of(), 2, 6, Set.of("12"));
        assertThat(skaneOnly.runsIn("1281")).isTrue();
        assertThat(skaneOnly.runsIn("0180")).isFalse();
    }
}
