package se.motesplats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.activity.ActivityFilter;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.Meeting;
import se.motesplats.area.AreaService;
import se.motesplats.attendance.AttendanceService;
import se.motesplats.attendance.Mark;
import se.motesplats.attendance.MeetingToLead;
import se.motesplats.attendance.RollCall;
import se.motesplats.attendance.RollCallEntry;
import se.motesplats.attendance.SyncOutcome;
import se.motesplats.funding.FundingService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.people.ProfileService;
import se.motesplats.reporting.DashboardService;
import se.motesplats.security.AccountService;
import se.motesplats.security.AccountSummary;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.signup.SignupService;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.volunteering.MatchStatus;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.ProgrammeKind;
import se.motesplats.volunteering.QueuedRequest;
import se.motesplats.volunteering.VolunteerOverview;
import se.motesplats.volunteering.VolunteerService;

/** The demo story loads through the modules' services, and loading it again adds nothing. */
class DemoDataModuleTest extends ModuleTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    AreaService areas;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ActivityService activities;
    @Autowired
    SignupService signups;
    @Autowired
    AttendanceService attendance;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    MatchingService matching;
    @Autowired
    FundingService funding;
    @Autowired
    ProfileService profiles;
    @Autowired
    DashboardService dashboards;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void loadsAPersonForEveryRoleEightAssociationsAndPastRollCallsOnce() {
        DemoData demo = demo(false);
        demo.load();
        Map<String, Long> activityIds = demoActivityIds();
        long marksAfterFirstLoad = marks(activityIds.values());
        demo.load();

        assertThat(marks(activityIds.values())).as("the roll calls are sent once").isEqualTo(marksAfterFirstLoad);
        AtomicReference<AccountSummary> coordinator = new AtomicReference<>();
        SystemActor.runAsAdministrator(() -> {
            var demoPeople = accounts.listAccounts().stream()
                    .filter(account -> account.contact().endsWith("@motesplats.example")).toList();
            assertThat(demoPeople).hasSize(DemoData.PEOPLE.size() + DemoVolunteering.PEOPLE.size()
                    + DemoAttendance.ACTIVITIES.stream().mapToInt(activity -> activity.signedUp().size()).sum());
            assertThat(demoPeople.stream().flatMap(person -> person.roles().stream()).distinct())
                    .containsExactlyInAnyOrderElementsOf(Roles.ALL);
            coordinator.set(demoPeople.stream().filter(p -> p.roles().contains(Roles.COORDINATOR)).findFirst().orElseThrow());
            assertThat(areas.scopeOf(coordinator.get().id()))
                    .containsExactlyInAnyOrder(DemoData.KRISTIANSTAD, DemoData.HELSINGBORG, DemoData.LUND, DemoDemand.HASSLEHOLM);
        });
        assertThat(organisations.list().stream().filter(org -> DemoData.ORGANISATIONS.stream()
                .anyMatch(demoOrg -> demoOrg.name().equals(org.name())))).hasSize(8);
        for (DemoData.DemoActivity demoActivity : DemoData.ACTIVITIES) {
            assertThat(activities.findPublished(new ActivityFilter(null, null, Set.of(), demoActivity.svTitle()),
                    SupportedLanguage.ARABIC, 0, 5))
                    // other tests publish activities whose titles the search also finds ("Läxhjälp 3f2a…"), so only the demo's count
                    .filteredOn(card -> card.title().equals(demoActivity.arTitle()))
                    .as("%s is published once, with an Arabic title and a coming meeting", demoActivity.svTitle())
                    .hasSize(1);
        }
        assertThat(areas.knutpunkter()).extracting(k -> k.name()).containsOnlyOnce("Knutpunkt Skåne");

        assertPastMeetingsHaveRealisticAttendance(activityIds, coordinator.get().id());
        assertVolunteersWaitingRequestsAndMatches(coordinator.get().id());
        as(coordinator.get().id(), () -> assertThat(funding.awaitingDecision())
                .filteredOn(claim -> claim.lines().stream().anyMatch(line -> line.activityTitle().equals(DemoFunding.CLAIMING_ACTIVITY)))
                .as("one claim, submitted once, paying for the sewing circle's regulars").singleElement()
                .satisfies(claim -> assertThat(claim.totalSek()).isPositive()), Roles.COORDINATOR);
        as(coordinator.get().id(), () -> assertThat(dashboards.unmetDemand().shown().areas())
                .as("Hässleholm, where nothing runs, is on the gap map at its seat").anySatisfy(area -> {
                    assertThat(area.municipalityCode()).isEqualTo(DemoDemand.HASSLEHOLM);
                    assertThat(List.of(area.latitude(), area.longitude())).containsExactly(56.158, 13.765);
                }), Roles.COORDINATOR);
    }

    private DemoData demo(boolean meetingNow) {
        return new DemoData(accounts, areas, organisations, activities,
                new DemoAttendance(accounts, activities, signups, attendance, clock),
                new DemoVolunteering(accounts, volunteers, matching, jdbc, clock), new DemoDemand(accounts, profiles),
                new DemoFunding(funding, activities, clock), clock,
                meetingNow);
    }

    @Test
    void forTheLoadTestErikLeadsAMeetingWhoseMarksAreStoredNow() {
        demo(true).load();
        AtomicReference<Long> erik = new AtomicReference<>();
        SystemActor.runAsAdministrator(() -> erik.set(accounts.listAccounts().stream()
                .filter(account -> account.contact().equals("erik@motesplats.example")).findFirst().orElseThrow().id()));

        as(erik.get(), () -> {
            MeetingToLead meeting = attendance.today(SupportedLanguage.SWEDISH).stream()
                    .filter(today -> today.title().equals("Språkkafé för lasttestet")).findFirst().orElseThrow();
            List<SyncOutcome> outcomes = attendance.sync(List.of(new Mark(UUID.randomUUID(), meeting.meetingId(),
                    "w" + UUID.randomUUID(), Mark.Kind.PRESENT, clock.instant(), false, "Gäst")));
            assertThat(outcomes).singleElement().extracting(SyncOutcome::result).isEqualTo(SyncOutcome.Result.STORED);
        }, Roles.ORGANISATION_MEMBER);
    }

    private void assertVolunteersWaitingRequestsAndMatches(long coordinator) {
        as(coordinator, () -> {
            List<VolunteerOverview> inScope = volunteers.inMyAreas().stream()
                    .filter(volunteer -> volunteer.candidate().firstName().matches("Karin|Maria|Johan|Anders|Birgitta|Parviz|Lisa")).toList();
            assertThat(inScope).as("added once").hasSize(7);
            assertThat(inScope.stream().flatMap(volunteer -> volunteer.programmes().stream()).map(status -> status.programme().kind())
                    .distinct()).as("every matchable programme").contains(ProgrammeKind.LANGUAGE_FRIEND, ProgrammeKind.REFUGEE_GUIDE,
                            ProgrammeKind.CONTACT_FAMILY, ProgrammeKind.MENTOR);
            assertThat(inScope).anySatisfy(volunteer -> assertThat(volunteer.programmes().getFirst().ready()).isTrue())
                    .anySatisfy(volunteer -> assertThat(volunteer.programmes().getFirst().ready()).isFalse());
            List<QueuedRequest> queue = matching.queue();
            assertThat(queue).extracting(queued -> queued.request().firstName()).contains("Yonas", "Farid", "Ifrah", "Iryna");
            assertThat(queue).as("one past the 30-day target").anySatisfy(queued -> assertThat(queued.overdue()).isTrue());
            assertThat(matching.openMatchesInMyAreas()).anySatisfy(match -> {
                assertThat(match.status()).isEqualTo(MatchStatus.ACTIVE);
                assertThat(match.meetings()).isEqualTo(3);
            }).anySatisfy(match -> assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED));
        }, Roles.COORDINATOR);
    }

    private void assertPastMeetingsHaveRealisticAttendance(Map<String, Long> activityIds, long coordinator) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        List<Meeting> past = activities.meetingsStartingBetween(today.minusWeeks(DemoAttendance.WEEKS_BACK)
                .atStartOfDay(Zones.STOCKHOLM).toInstant(), today.atStartOfDay(Zones.STOCKHOLM).toInstant());
        List<RollCall> rollCalls = new ArrayList<>();
        for (DemoAttendance.Attended demo : DemoAttendance.ACTIVITIES) {
            long activityId = activityIds.get(demo.svTitle());
            List<Meeting> meetings = past.stream().filter(meeting -> meeting.activityId() == activityId).toList();
            assertThat(meetings).as("%s met weekly from six weeks ago", demo.svTitle()).hasSize(6);
            for (Meeting meeting : meetings) {
                assertThat(presentRows(meeting.occurrence().id())).as("people checked in at %s", meeting).isPositive();
                as(coordinator, () -> rollCalls.add(attendance.rollCall(meeting.occurrence().id(), SupportedLanguage.SWEDISH)),
                        Roles.COORDINATOR);
                RollCall rollCall = rollCalls.getLast();
                if (!demo.signedUp().isEmpty()) {
                    long signedUpPresent = rollCall.entries().stream().filter(entry -> entry.present()
                            && (entry.group() == RollCallEntry.Group.SIGNED_UP || entry.group() == RollCallEntry.Group.COMPANION)).count();
                    assertThat((double) signedUpPresent / rollCall.signedUp()).as("share of %s's people at %s", demo.svTitle(), meeting)
                            .isBetween(0.6, 0.9);
                }
                rollCall.entries().stream().filter(RollCallEntry::present).forEach(entry -> assertThat(entry.checkedInAt())
                        .as("%s checked in around the start", entry.name())
                        .isBetween(meeting.occurrence().startsAt().minus(Duration.ofMinutes(30)),
                                meeting.occurrence().startsAt().plus(Duration.ofMinutes(30))));
            }
        }
        assertThat(rollCalls).filteredOn(rollCall -> rollCall.entries().stream()
                .anyMatch(entry -> entry.present() && entry.group() == RollCallEntry.Group.COMPANION))
                .as("a mother brought her child").isNotEmpty();
        assertThat(rollCalls).filteredOn(rollCall -> rollCall.entries().stream()
                .anyMatch(entry -> entry.present() && entry.group() == RollCallEntry.Group.WALK_IN && entry.name().length() > 0)
                && rollCall.signedUp() > 0)
                .as("now and then someone walks in to an activity that takes sign-ups").isNotEmpty();
        assertThat(rollCalls).filteredOn(rollCall -> rollCall.leadersPresent() == 0)
                .as("the leader missed one meeting, which then misses the leader ratio")
                .singleElement().satisfies(rollCall -> {
                    assertThat(rollCall.present()).isPositive();
                    assertThat(rollCall.leaderRatioHolds()).isFalse();
                });
        assertThat(rollCalls).filteredOn(rollCall -> rollCall.leadersPresent() > 0)
                .allSatisfy(rollCall -> assertThat(rollCall.leaderRatioHolds()).isTrue());
    }

    private Map<String, Long> demoActivityIds() {
        Map<String, Long> ids = new HashMap<>();
        for (DemoData.DemoActivity demoActivity : DemoData.ACTIVITIES) {
            ids.put(demoActivity.svTitle(), activities.findPublished(new ActivityFilter(null, null, Set.of(), demoActivity.svTitle()),
                    SupportedLanguage.SWEDISH, 0, 1).getFirst().id());
        }
        return ids;
    }

    private long presentRows(long meetingId) {
        return jdbc.sql("select count(*) from attendance where occurrence_id = :meeting and present")
                .param("meeting", meetingId).query(Long.class).single();
    }

    private long marks(java.util.Collection<Long> activityIds) {
        return jdbc.sql("""
                select count(*) from attendance_mark m join occurrence o on o.id = m.occurrence_id
                where o.activity_id in (:activities)""")
                .param("activities", activityIds).query(Long.class).single();
    }
}
