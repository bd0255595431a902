package se.motesplats.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClaimRulesTest {

    private static final FundingScheme NAD = new FundingScheme("NAD", "NAD", 1500, 5, 10, 3,
            FundingScheme.BelowRatio.MEETING_DOES_NOT_COUNT, true);
    private static final FundingScheme STRICT = new FundingScheme("STRICT", "Strict", 1500, 5, 10, 3,
            FundingScheme.BelowRatio.ACTIVITY_NOT_ELIGIBLE, true);
    private static final Instant FIRST = Instant.parse("2026-09-01T16:00:00Z");

    private static Set<String> people(int from, int to) {
        return IntStream.range(from, to).mapToObj(n -> "p" + n).collect(Collectors.toSet());
    }

    private static List<MeetingAttendance> weekly(List<Set<String>> participants, List<Integer> leaders) {
        List<MeetingAttendance> meetings = new ArrayList<>();
        for (int week = 0; week < participants.size(); week++) {
            meetings.add(new MeetingAttendance(week + 1, FIRST.plus(Duration.ofDays(7L * week)), participants.get(week), leaders.get(week)));
        }
        return meetings;
    }

    @Test
    void fiveMeetingsWithALeaderPayForEveryoneWhoCameThreeTimes() {
        // p0..p7 come every week; p8 comes twice; p9 three times
        List<Set<String>> who = List.of(people(0, 10), people(0, 10), people(0, 8), people(0, 8), people(0, 8));
        ActivityClaim claim = ClaimRules.compute(1, "Språkkafé", NAD, true, weekly(who, List.of(1, 1, 1, 1, 1)), Set.of());
        assertThat(claim.eligible()).isTrue();
        assertThat(claim.meetingsHeld()).isEqualTo(5);
        assertThat(claim.newParticipants()).containsExactlyInAnyOrderElementsOf(people(0, 8));
        assertThat(claim.amountSek()).isEqualTo(8 * 1500);
    }

    @Test
    void fourMeetingsAreNotEnough() {
        List<Set<String>> who = List.of(people(0, 5), people(0, 5), people(0, 5), people(0, 5));
        ActivityClaim claim = ClaimRules.compute(1, "x", NAD, true, weekly(who, List.of(1, 1, 1, 1)), Set.of());
        assertThat(claim.notEligibleBecause()).containsExactly("funding.not-eligible.meetings");
        assertThat(claim.amountSek()).isZero();
        assertThat(claim.newParticipants()).isEmpty();
    }

    @Test
    void aMeetingBelowTheLeaderRatioDoesNotCountUnderNad() {
        // week 3: 23 present and 2 leaders — one leader short
        List<Set<String>> who = List.of(people(0, 5), people(0, 5), people(0, 23), people(0, 5), people(0, 5), people(0, 5));
        ActivityClaim claim = ClaimRules.compute(1, "x", NAD, true, weekly(who, List.of(1, 1, 2, 1, 1, 1)), Set.of());
        assertThat(claim.meetings().get(2)).satisfies(line -> {
            assertThat(line.participants()).isEqualTo(23);
            assertThat(line.ratioHolds()).isFalse();
            assertThat(line.counts()).isFalse();
        });
        assertThat(claim.meetingsHeld()).isEqualTo(6);
        assertThat(claim.meetingsCounted()).isEqualTo(5);
        assertThat(claim.eligible()).isTrue();
        assertThat(claim.newParticipants()).as("p5..p22 came only to the meeting that does not count").containsExactlyInAnyOrderElementsOf(people(0, 5));
    }

    @Test
    void underAStricterSchemeOneSuchMeetingMakesTheActivityIneligible() {
        List<Set<String>> who = List.of(people(0, 5), people(0, 5), people(0, 23), people(0, 5), people(0, 5));
        ActivityClaim claim = ClaimRules.compute(1, "x", STRICT, true, weekly(who, List.of(1, 1, 2, 1, 1)), Set.of());
        assertThat(claim.notEligibleBecause()).containsExactly("funding.not-eligible.ratio");
        assertThat(claim.amountSek()).isZero();
    }

    @Test
    void aMeetingWithoutAnyLeaderBreaksTheRatioAndAnEmptyMeetingWasNotHeld() {
        List<Set<String>> who = List.of(people(0, 3), Set.of(), people(0, 3));
        ActivityClaim claim = ClaimRules.compute(1, "x", NAD, true, weekly(who, List.of(0, 0, 1)), Set.of());
        assertThat(claim.meetingsHeld()).isEqualTo(2);
        assertThat(claim.meetings().getFirst().ratioHolds()).isFalse();
        assertThat(claim.meetingsCounted()).isEqualTo(1);
    }

    @Test
    void aParticipantCountsOncePerActivityAcrossClaims() {
        List<Set<String>> who = List.of(people(0, 4), people(0, 4), people(0, 4), people(0, 4), people(0, 4));
        ActivityClaim claim = ClaimRules.compute(1, "x", NAD, true, weekly(who, List.of(1, 1, 1, 1, 1)), Set.of("p0", "p1"));
        assertThat(claim.newParticipants()).containsExactlyInAnyOrder("p2", "p3");
        assertThat(claim.claimedBefore()).isEqualTo(2);
        assertThat(claim.amountSek()).isEqualTo(2 * 1500);
    }

    @Test
    void withoutAnApprovedPlanNothingIsPaid() {
        List<Set<String>> who = List.of(people(0, 4), people(0, 4), people(0, 4), people(0, 4), people(0, 4));
        ActivityClaim claim = ClaimRules.compute(1, "x", NAD, false, weekly(who, List.of(1, 1, 1, 1, 1)), Set.of());
        assertThat(claim.notEligibleBecause()).containsExactly("funding.not-eligible.plan");
        assertThat(claim.amountSek()).isZero();
        FundingScheme noPlanNeeded = new FundingScheme("X", "X", 100, 5, 0, 3, FundingScheme.BelowRatio.MEETING_DOES_NOT_COUNT, false);
        assertThat(ClaimRules.compute(1, "x", noPlanNeeded, false, weekly(who, List.of(0, 0, 0, 0, 0)), Set.of()).amountSek())
                .as("no plan and no leader rule in this scheme").isEqualTo(400);
    }

    @Test
    void exactlyTenParticipantsPerLeaderKeepsTheRatio() {
        assertThat(NAD.ratioHolds(10, 1)).isTrue();
        assertThat(NAD.ratioHolds(11, 1)).isFalse();
        assertThat(NAD.ratioHolds(20, 2)).isTrue();
        assertThat(NAD.ratioHolds(0, 0)).isFalse();
    }
}
