package se.motesplats.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.area.AreaService;
import se.motesplats.attendance.LeaderRatio;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

/**
 * Claims against the embedded MariaDB: attendance rows are written as the check-in module leaves
 * them (present people by attendance key, leaders marked), then the funding service computes,
 * submits and decides claims.
 */
class FundingModuleTest extends ModuleTestBase {

    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired FundingService funding;
    @Autowired ClaimDocuments documents;
    @Autowired LeaderRatio leaderRatio;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private List<OccurrenceView> meetings(long activityId) {
        return activities.signupTerms(activityId).orElseThrow().comingMeetings();
    }

    /** The attendance the check-in module would have recorded: these people and this many leaders present. */
    private void present(long meetingId, List<String> attendees, int leaders) {
        for (String attendee : attendees) {
            jdbc.sql("""
                    insert into attendance (occurrence_id, attendee, leader, present, checked_in_at, method)
                    values (?, ?, false, true, current_timestamp(3), 'ROLL_CALL')""").params(meetingId, attendee).update();
        }
        for (int leader = 0; leader < leaders; leader++) {
            jdbc.sql("""
                    insert into attendance (occurrence_id, attendee, leader, present, checked_in_at, method)
                    values (?, ?, true, true, current_timestamp(3), 'ROLL_CALL')""").params(meetingId, "w" + UUID.randomUUID()).update();
        }
    }

    private static List<String> people(String prefix, int count) {
        List<String> people = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            people.add("w" + prefix + "-" + n);
        }
        return people;
    }

    private static LocalDate day(OccurrenceView meeting) {
        return LocalDate.ofInstant(meeting.startsAt(), Zones.STOCKHOLM);
    }

    private long coordinator(String municipality) {
        long coordinator = accounts.ensureAccount("coordinator-" + UUID.randomUUID() + "@motesplats.test", "Kerstin", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(municipality)));
        return coordinator;
    }

    @Test
    void theMeterAndTheClaimShowTheComputationAndAParticipantIsPaidForOnce() {
        PublishedActivities.Published cafe = published.weekly("Språkkafé", null, true);
        List<OccurrenceView> meetings = meetings(cafe.activityId());
        String unique = UUID.randomUUID().toString().substring(0, 6);
        List<String> regulars = people(unique, 12);
        for (int week = 0; week < 5; week++) {
            present(meetings.get(week).id(), regulars, 2);
        }
        LocalDate from = day(meetings.getFirst()).withDayOfMonth(1);
        LocalDate fifth = day(meetings.get(4));

        as(cafe.leaderId(), () -> {
            ClaimPreview preview = funding.preview(cafe.organisationId(), from, fifth, SupportedLanguage.SWEDISH);
            assertThat(preview.activities()).singleElement().satisfies(part -> {
                assertThat(part.eligible()).isTrue();
                assertThat(part.meetingsHeld()).isEqualTo(5);
                assertThat(part.newParticipants()).hasSize(12);
            });
            assertThat(preview.totalSek()).isEqualTo(12 * 1500);
            assertThatThrownBy(() -> funding.submit(cafe.organisationId(), from, fifth)).hasMessage("funding.rule.period-not-over");
        }, Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);
        long stranger = accounts.ensureAccount("s-" + UUID.randomUUID() + "@motesplats.test", "S", SupportedLanguage.SWEDISH,
                List.of(Roles.ORGANISATION_MEMBER));
        assertThatThrownBy(() -> as(stranger, () -> funding.preview(cafe.organisationId(), from, fifth, SupportedLanguage.SWEDISH),
                Roles.ORGANISATION_MEMBER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> funding.meter(cafe.activityId(), SupportedLanguage.SWEDISH), Roles.ORGANISATION_MEMBER))
                .isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.between(clock.instant(), fifth.plusDays(1).atStartOfDay(Zones.STOCKHOLM).toInstant()));
        long claimId = callAs(cafe.leaderId(), () -> funding.submit(cafe.organisationId(), from, fifth), Roles.ORGANISATION_MEMBER);
        assertThatThrownBy(() -> as(cafe.leaderId(), () -> funding.submit(cafe.organisationId(), fifth, fifth), Roles.ORGANISATION_MEMBER))
                .hasMessage("funding.rule.period-overlaps");

        // the next meeting brings two new people who came three times; the twelve are not paid for again
        List<String> newcomers = people(unique + "n", 2);
        present(meetings.get(5).id(), newcomers, 1);
        present(meetings.get(6).id(), newcomers, 1);
        present(meetings.get(7).id(), newcomers, 1);
        LocalDate eighth = day(meetings.get(7));
        clock.advance(Duration.between(clock.instant(), eighth.plusDays(1).atStartOfDay(Zones.STOCKHOLM).toInstant()));
        as(cafe.leaderId(), () -> assertThat(funding.meter(cafe.activityId(), SupportedLanguage.SWEDISH).orElseThrow())
                .satisfies(meter -> {
                    assertThat(meter.claimedBefore()).isEqualTo(12);
                    assertThat(meter.newParticipants()).containsExactlyInAnyOrderElementsOf(newcomers);
                }), Roles.ORGANISATION_MEMBER);

        long lund = coordinator(PublishedActivities.LUND);
        long elsewhere = coordinator("1290");
        assertThatThrownBy(() -> as(elsewhere, () -> funding.approve(claimId), Roles.COORDINATOR)).isInstanceOf(AccessDeniedException.class);
        as(elsewhere, () -> assertThat(funding.awaitingDecision()).extracting(Claim::id).doesNotContain(claimId), Roles.COORDINATOR);
        as(lund, () -> {
            assertThat(funding.awaitingDecision()).extracting(Claim::id).contains(claimId);
            assertThatThrownBy(() -> funding.reject(claimId, " ")).hasMessage("funding.rule.reason-needed");
            funding.reject(claimId, "Fel period");
            assertThatThrownBy(() -> funding.approve(claimId)).hasMessage("funding.rule.already-decided");
        }, Roles.COORDINATOR);
        // after the rejection the association claims the whole time again, and the twelve count once more
        long corrected = callAs(cafe.leaderId(), () -> funding.submit(cafe.organisationId(), from, eighth), Roles.ORGANISATION_MEMBER);
        as(cafe.leaderId(), () -> assertThat(funding.claimsOf(cafe.organisationId())).filteredOn(claim -> claim.id() == corrected)
                .singleElement().satisfies(claim -> {
                    assertThat(claim.totalSek()).isEqualTo(14 * 1500);
                    assertThat(claim.lines()).singleElement().satisfies(line -> assertThat(line.participantsCounted()).isEqualTo(14));
                }), Roles.ORGANISATION_MEMBER);
        as(lund, () -> funding.approve(corrected), Roles.COORDINATOR);
    }

    @Test
    void twoClaimsSubmittedAtOnceCannotBothPayForTheSamePeople() throws Exception {
        PublishedActivities.Published circle = published.weekly("Syjunta", null, true);
        List<OccurrenceView> meetings = meetings(circle.activityId());
        List<String> regulars = people(UUID.randomUUID().toString().substring(0, 6), 6);
        for (int week = 0; week < 5; week++) {
            present(meetings.get(week).id(), regulars, 1);
        }
        LocalDate fifth = day(meetings.get(4));
        clock.advance(Duration.between(clock.instant(), fifth.plusDays(2).atStartOfDay(Zones.STOCKHOLM).toInstant()));
        // two people of the association submit different, non-overlapping periods at the same moment; both periods end
        // after the fifth meeting, so both would pay for the same six people
        List<Callable<Boolean>> submissions = List.of(
                () -> submitted(circle, day(meetings.getFirst()), fifth),
                () -> submitted(circle, fifth.plusDays(1), fifth.plusDays(1)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int accepted = 0;
        try {
            for (Future<Boolean> result : pool.invokeAll(submissions)) {
                accepted += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(accepted).isPositive();
        assertThat(jdbc.sql("select count(*) from funding_claimed_participant where activity_id = ?").param(circle.activityId())
                .query(Integer.class).single()).as("each of the six claimed once").isEqualTo(6);
    }

    private boolean submitted(PublishedActivities.Published activity, LocalDate from, LocalDate to) {
        try {
            callAs(activity.leaderId(), () -> funding.submit(activity.organisationId(), from, to), Roles.ORGANISATION_MEMBER);
            return true;
        } catch (RuleViolation refused) {
            return false;
        }
    }

    @Test
    void aClaimIsExportedAsAPdfAndAnExcelSheetThatReadBack() throws Exception {
        PublishedActivities.Published choir = published.weekly("Kör", null, true);
        List<OccurrenceView> meetings = meetings(choir.activityId());
        List<String> singers = people(UUID.randomUUID().toString().substring(0, 6), 7);
        for (int week = 0; week < 5; week++) {
            present(meetings.get(week).id(), singers, 1);
        }
        LocalDate fifth = day(meetings.get(4));
        clock.advance(Duration.between(clock.instant(), fifth.plusDays(1).atStartOfDay(Zones.STOCKHOLM).toInstant()));
        long claimId = callAs(choir.leaderId(), () -> funding.submit(choir.organisationId(), day(meetings.getFirst()), fifth),
                Roles.ORGANISATION_MEMBER);
        Claim claim = callAs(choir.leaderId(), () -> funding.claimsOf(choir.organisationId()), Roles.ORGANISATION_MEMBER).stream()
                .filter(c -> c.id() == claimId).findFirst().orElseThrow();

        try (org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(documents.pdf(claim))) {
            String text = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains(claim.organisationName(), "Kör", "Deltagare").containsPattern("Totalt: 10[\\s\\u00a0\\u202f]+500 kr");
        }
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(documents.excel(claim)))) {
            // the reader leaves out empty rows, so rows are found by their number in the sheet (1-based)
            java.util.Map<Integer, org.dhatim.fastexcel.reader.Row> rows = new java.util.HashMap<>();
            workbook.getFirstSheet().read().forEach(row -> rows.put(row.getRowNum(), row));
            assertThat(rows.get(4).getCellText(0)).isEqualTo("Aktivitet");
            assertThat(rows.get(5).getCellText(0)).startsWith("Kör");
            assertThat(rows.get(5).getCellAsNumber(3)).contains(new java.math.BigDecimal(7));
            assertThat(rows.get(5).getCellAsNumber(4)).contains(new java.math.BigDecimal(10_500));
            assertThat(rows.get(6).getCell(4).getFormula()).as("the total is a formula").isEqualTo("SUM(E5:E5)");
        }
    }

    @Test
    void administratorsChangeASchemesNumbersAndOnlyThey() {
        FundingScheme nad = funding.scheme("NAD").orElseThrow();
        long admin = accounts.ensureAccount("admin-" + UUID.randomUUID() + "@motesplats.test", "Alva", SupportedLanguage.SWEDISH,
                List.of(Roles.ADMINISTRATOR));
        long lund = coordinator(PublishedActivities.LUND);
        FundingScheme richer = new FundingScheme("NAD", nad.name(), 2000, 4, 8, 2, FundingScheme.BelowRatio.ACTIVITY_NOT_ELIGIBLE, false);
        try {
            as(admin, () -> {
                assertThatThrownBy(() -> funding.configure(new FundingScheme("NAD", nad.name(), -1, 5, 10, 3,
                        FundingScheme.BelowRatio.MEETING_DOES_NOT_COUNT, true))).hasMessage("funding.rule.scheme-numbers");
                funding.configure(richer);
            }, Roles.ADMINISTRATOR);
            assertThat(funding.scheme("NAD")).contains(richer);
            assertThat(leaderRatio.participantsPerLeader(published.weekly("Kafé", null, true).activityId())).isEqualTo(8);
            assertThatThrownBy(() -> as(lund, () -> funding.configure(nad), Roles.COORDINATOR)).isInstanceOf(AccessDeniedException.class);
        } finally {
            as(admin, () -> funding.configure(nad), Roles.ADMINISTRATOR);
        }
    }

    @Test
    void theRollCallsLeaderRatioIsTheActivitysScheme() {
        PublishedActivities.Published cafe = published.weekly("Kafé", null, true);
        assertThat(leaderRatio.participantsPerLeader(cafe.activityId())).isEqualTo(10);
        assertThat(leaderRatio.participantsPerLeader(-1)).as("no activity, no scheme, no rule").isZero();
    }
}
