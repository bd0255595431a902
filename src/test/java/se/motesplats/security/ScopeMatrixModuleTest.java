package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.ActivityDraft;
import se.motesplats.activity.ActivityPlan;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivitySummary;
import se.motesplats.activity.ActivityText;
import se.motesplats.activity.AgeRange;
import se.motesplats.activity.Schedule;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.activity.TargetGroup;
import se.motesplats.activity.Venue;
import se.motesplats.area.AreaService;
import se.motesplats.attendance.AttendanceService;
import se.motesplats.attendance.Attendee;
import se.motesplats.attendance.Mark;
import se.motesplats.attendance.RollCall;
import se.motesplats.attendance.SyncOutcome;
import se.motesplats.funding.Claim;
import se.motesplats.funding.FundingScheme;
import se.motesplats.funding.FundingService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.people.Profile;
import se.motesplats.people.ProfileService;
import se.motesplats.privacy.PersonalDataService;
import se.motesplats.reporting.Dashboard;
import se.motesplats.reporting.DashboardService;
import se.motesplats.reporting.UnmetDemand;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.signup.MySignup;
import se.motesplats.signup.Participant;
import se.motesplats.signup.ReadyMessage;
import se.motesplats.signup.SignupService;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.volunteering.Concern;
import se.motesplats.volunteering.ConcernService;
import se.motesplats.volunteering.EndReason;
import se.motesplats.volunteering.FollowUp;
import se.motesplats.volunteering.Fluency;
import se.motesplats.volunteering.LanguageSkill;
import se.motesplats.volunteering.MatchOverview;
import se.motesplats.volunteering.MatchStatus;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.MyMatch;
import se.motesplats.volunteering.ProgrammeKind;
import se.motesplats.volunteering.RecordType;
import se.motesplats.volunteering.RequestForm;
import se.motesplats.volunteering.SpokenLanguage;
import se.motesplats.volunteering.TimeSlot;
import se.motesplats.volunteering.Vetting;
import se.motesplats.volunteering.VolunteerForm;
import se.motesplats.volunteering.VolunteerService;

/**
 * The authorisation matrix of issue 8, item 1: every service method that takes an id, called by
 * the wrong person. Two areas, each with its own association, people and coordinator: area X is
 * Luleå (association A, coordinator X) and area Y is Piteå (association B, its participants, a
 * volunteer with an active and a proposed match, a waiting request, a concern, a submitted claim).
 * Each case is one row: who tries what, what must come of it (a refusal, or an answer without Y's
 * data), and the rows the attempt would have changed, read before and after and compared, together
 * with the audit entries written by the person trying. So a case fails both when the refusal is
 * missing and when something changed on the way to it.
 *
 * <p>{@link #theRightPeopleSeeWhatTheWrongOnesDoNot()} is the positive control: the same reads by
 * the right people do show Y's data, so that an empty answer to the wrong person means something.
 * A hole found is first written as a {@code @Disabled("hole: ...")} test of the right behaviour (counted
 * as open in the report) until the service is fixed; the four found so far are fixed, their tests at
 * the end. The number of cases run goes
 * to {@code target/security-report/authorisation.properties}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixModuleTest extends ModuleTestBase {

    /** Area X: association A and coordinator X. No other test uses it. */
    private static final String LULEA = "2580";
    /** Area Y: association B and everything the people of X must not reach. No other test uses it. */
    private static final String PITEA = "2581";

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final Map<String, AtomicInteger> CASES_BY_GROUP = new TreeMap<>();

    private static final String ORGANISATION = "organisation";
    private static final String PARTICIPANT = "participant";
    private static final String MATCH = "match";
    private static final String AREA = "area";
    private static final String ADMIN_ONLY = "admin-only";

    @Autowired ActivityService activities;
    @Autowired SignupService signups;
    @Autowired AttendanceService attendance;
    @Autowired MatchingService matching;
    @Autowired VolunteerService volunteers;
    @Autowired ConcernService concerns;
    @Autowired FundingService funding;
    @Autowired OrganisationService organisations;
    @Autowired DashboardService dashboards;
    @Autowired AreaService areas;
    @Autowired AccountService accounts;
    @Autowired AuditLog audit;
    @Autowired PersonalDataService personalData;
    @Autowired ProfileService profiles;
    @Autowired StayingSignedIn stayingSignedIn;
    @Autowired JdbcClient jdbc;
    @Autowired se.motesplats.testing.TestClock clock;
    @LocalServerPort int port;

    /** Someone acting: the account and the roles their session carries. */
    private record Who(String label, long id, String... roles) {
    }

    /** What the wrong person tries; a value it returns is not looked at. */
    @FunctionalInterface
    private interface Attempt {
        void run() throws Exception;
    }

    /** One row of the matrix: runs the attempt as the wrong person and checks what came of it. */
    private record Case(String group, Runnable check) {
    }

    private record PastMeeting(long id, Instant startsAt) {
    }

    private String unique = "";
    private LocalDate today = LocalDate.MIN;

    private Who memberOfA = new Who("", 0);
    private Who leaderOfB = new Who("", 0);
    private Who participantOfA = new Who("", 0);
    private Who participantOfB = new Who("", 0);
    private Who coordinatorOfX = new Who("", 0);
    private Who coordinatorOfY = new Who("", 0);
    private Who newcomerOfActiveMatch = new Who("", 0);
    private Who newcomerOfProposedMatch = new Who("", 0);
    private Who pausedVolunteer = new Who("", 0);
    private Who volunteerOfY = new Who("", 0);

    private long organisationA;
    private long organisationB;
    private long unverifiedOrganisationB;
    private long activityA;
    private long activityB;
    private long submittedB;
    private long draftB;
    private @Nullable ActivityDraft draftOfActivityB;
    private PastMeeting pastMeetingB = new PastMeeting(0, Instant.EPOCH);
    private long comingMeetingB;
    private long signupA;
    private long signupB;
    private long claimA;
    private long claimB;
    private long waitingRequestY;
    private long activeMatchY;
    private long proposedMatchY;
    private long concernY;
    private @Nullable HttpClient phoneOfMemberOfA;

    // ---------------------------------------------------------------------------------------------
    // the two areas

    @BeforeAll
    void twoAreasEachWithAnAssociationItsPeopleAndACoordinator() throws Exception {
        unique = UUID.randomUUID().toString().substring(0, 8);
        today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        memberOfA = new Who("member of A", account("lena", "Lena", Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER),
                Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);
        leaderOfB = new Who("leader of B", account("leif", "Leif", Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER),
                Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);
        participantOfA = new Who("participant of A", account("amal", "Amal", Roles.PARTICIPANT), Roles.PARTICIPANT);
        participantOfB = new Who("participant of B", account("berit", "Berit" + unique, Roles.PARTICIPANT), Roles.PARTICIPANT);
        coordinatorOfX = new Who("coordinator of X", account("kerstin", "Kerstin", Roles.COORDINATOR), Roles.COORDINATOR);
        coordinatorOfY = new Who("coordinator of Y", account("ylva", "Ylva", Roles.COORDINATOR), Roles.COORDINATOR);

        SystemActor.runAsAdministrator(() -> {
            areas.setScope(coordinatorOfX.id(), List.of(LULEA));
            areas.setScope(coordinatorOfY.id(), List.of(PITEA));
            organisationA = organisations.add("Förening A " + unique, OrganisationKind.CULTURAL_ASSOCIATION, LULEA).id();
            organisations.addMember(organisationA, memberOfA.id(), OrganisationRole.ADMINISTRATOR);
            organisations.verify(organisationA);
            organisationB = organisations.add("Förening B " + unique, OrganisationKind.CULTURAL_ASSOCIATION, PITEA).id();
            organisations.addMember(organisationB, leaderOfB.id(), OrganisationRole.ADMINISTRATOR);
            organisations.verify(organisationB);
            unverifiedOrganisationB = organisations.add("Ny förening " + unique, OrganisationKind.OTHER, PITEA).id();
            activityA = published(draft(organisationA, LULEA, "Matrisfika A " + unique));
            activityB = published(draft(organisationB, PITEA, "Matrisfika B " + unique));
            submittedB = activities.createDraft(draft(organisationB, PITEA, "Matrisinskickad B " + unique));
            activities.submit(submittedB);
            draftB = activities.createDraft(draft(organisationB, PITEA, "Matrisutkast B " + unique));
            draftOfActivityB = activities.draftOf(activityB);
        });
        comingMeetingB = activities.signupTerms(activityB).orElseThrow().comingMeetings().getFirst().id();
        pastMeetingB = jdbc.sql("select id, starts_at from occurrence where activity_id = ? and starts_at < ? order by starts_at")
                .params(activityB, clock.instant())
                .query((row, number) -> new PastMeeting(row.getLong("id"), row.getTimestamp("starts_at").toInstant())).list().getLast();

        // sign-ups: B's participant has been asked whether they still come (an offer to accept)
        signupA = callAs(participantOfA.id(), () -> signups.signUp(activityA, null, List.of()), Roles.PARTICIPANT).signupId();
        signupB = callAs(participantOfB.id(), () -> signups.signUp(activityB, null, List.of()), Roles.PARTICIPANT).signupId();
        SystemActor.runAsAdministrator(() -> signups.askIfStillComing(signupB));

        // attendance at B's past meetings, as check-in leaves it, and the claims of both associations
        List<Long> pastOfB = jdbc.sql("select id from occurrence where activity_id = ? and starts_at < ?")
                .params(activityB, clock.instant()).query(Long.class).list();
        for (long meeting : pastOfB) {
            jdbc.sql("""
                    insert into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                    values (?, ?, ?, false, true, current_timestamp(3), 'ROLL_CALL')""")
                    .params(meeting, Attendee.person(participantOfB.id()).key(), participantOfB.id()).update();
            jdbc.sql("""
                    insert into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                    values (?, ?, ?, true, true, current_timestamp(3), 'ROLL_CALL')""")
                    .params(meeting, Attendee.person(leaderOfB.id()).key(), leaderOfB.id()).update();
            for (int walkIn = 0; walkIn < 3; walkIn++) {
                jdbc.sql("""
                        insert into attendance (occurrence_id, attendee, walk_in_name, leader, present, checked_in_at, method)
                        values (?, ?, 'Gäst', false, true, current_timestamp(3), 'WALK_IN')""")
                        .params(meeting, Attendee.walkIn(UUID.randomUUID()).key()).update();
            }
        }
        LocalDate firstDay = today.minusWeeks(3);
        claimB = callAs(leaderOfB.id(), () -> funding.submit(organisationB, firstDay, today.minusDays(1)), Roles.ORGANISATION_MEMBER);
        claimA = callAs(memberOfA.id(), () -> funding.submit(organisationA, firstDay, today.minusDays(1)), Roles.ORGANISATION_MEMBER);

        // volunteering in Y: a vetted volunteer with an active and a proposed match, a paused one, a waiting request
        volunteerOfY = new Who("volunteer of Y", volunteer("vera"), Roles.VOLUNTEER);
        vet(volunteerOfY.id());
        pausedVolunteer = new Who("another volunteer", volunteer("viktor"), Roles.VOLUNTEER);
        as(coordinatorOfY.id(), () -> volunteers.pause(pausedVolunteer.id()), Roles.COORDINATOR);
        Who waiting = new Who("newcomer waiting", account("hodan", "Hodan", Roles.PARTICIPANT), Roles.PARTICIPANT);
        waitingRequestY = request(waiting.id());
        newcomerOfActiveMatch = new Who("newcomer of the active match", account("selam", "Selam", Roles.PARTICIPANT), Roles.PARTICIPANT);
        activeMatchY = activeMatch(newcomerOfActiveMatch.id());
        newcomerOfProposedMatch = new Who("newcomer of another match", account("yonas", "Yonas", Roles.PARTICIPANT), Roles.PARTICIPANT);
        long proposedRequest = request(newcomerOfProposedMatch.id());
        proposedMatchY = callAs(coordinatorOfY.id(), () -> matching.propose(proposedRequest, volunteerOfY.id()), Roles.COORDINATOR);
        String about = "Oro " + unique;
        as(waiting.id(), () -> concerns.report(about, "Något kändes fel vid senaste besöket.", PITEA, false), Roles.PARTICIPANT);
        concernY = jdbc.sql("select id from volunteer_concern where about = ?").param(about).query(Long.class).single();
        // what people in Y want, for "What is missing?"
        as(waiting.id(), () -> profiles.save(new Profile(Set.of(SupportedLanguage.TIGRINYA), null, PITEA, Set.of(ActivityCategory.SPORT))),
                Roles.PARTICIPANT);

        phoneOfMemberOfA = signedInPhone(memberOfA);
    }

    @AfterAll
    void writeFigures() throws IOException {
        if (phoneOfMemberOfA != null) {
            phoneOfMemberOfA.close();
        }
        Path report = Path.of("target", "security-report");
        Files.createDirectories(report);
        StringBuilder groups = new StringBuilder();
        synchronized (CASES_BY_GROUP) {
            CASES_BY_GROUP.forEach((group, count) -> groups.append("authorisation.cases.").append(group).append('=').append(count.get())
                    .append('\n'));
        }
        long holes = Stream.of(ScopeMatrixModuleTest.class.getDeclaredMethods())
                .map(method -> method.getAnnotation(Disabled.class))
                .filter(disabled -> disabled != null && disabled.value().startsWith("hole:")).count();
        Files.writeString(report.resolve("authorisation.properties"), """
                # written by ScopeMatrixModuleTest: cross-organisation, cross-person and cross-area attempts that were refused
                # (or answered without the other's data) and changed nothing; open holes are its @Disabled("hole: ...") tests
                authorisation.cases=%d
                %sauthorisation.holes-open=%d
                """.formatted(CASES.get(), groups, holes));
    }

    // ---------------------------------------------------------------------------------------------
    // the matrix

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theWrongPersonIsRefusedAndNothingChanges(Case matrixCase) {
        matrixCase.check().run();
        CASES.incrementAndGet();
        synchronized (CASES_BY_GROUP) {
            CASES_BY_GROUP.computeIfAbsent(matrixCase.group(), group -> new AtomicInteger()).incrementAndGet();
        }
    }

    Stream<Named<Case>> cases() {
        List<Named<Case>> cases = new ArrayList<>();
        cases.addAll(organisationMemberOfAAgainstB());
        cases.addAll(participantAgainstAnothersSignup());
        cases.addAll(outsiderAgainstAMatch());
        cases.addAll(coordinatorOfXAgainstAreaY());
        cases.addAll(nonAdministratorAgainstAdministratorsWork());
        return cases.stream();
    }

    private List<Named<Case>> organisationMemberOfAAgainstB() {
        Who who = memberOfA;
        return List.of(
                denied(ORGANISATION, "read the draft of B's activity", who, () -> activities.draftOf(activityB), activityRows(activityB)),
                denied(ORGANISATION, "rewrite B's activity", who, () -> activities.update(activityB, hijacked(java.util.Objects.requireNonNull(draftOfActivityB), organisationB)),
                        activityRows(activityB), meetingRows(activityB)),
                denied(ORGANISATION, "hand A's own activity over to B", who,
                        () -> activities.update(activityA, hijacked(SystemActorCall.call(() -> activities.draftOf(activityA)), organisationB)),
                        activityRows(activityA)),
                denied(ORGANISATION, "post an activity in B's name", who, () -> activities.createDraft(hijacked(java.util.Objects.requireNonNull(draftOfActivityB), organisationB)),
                        rows("select id from activity where organisation_id = ? order by id", organisationB)),
                denied(ORGANISATION, "submit B's draft", who, () -> activities.submit(draftB), activityRows(draftB)),
                denied(ORGANISATION, "publish B's submitted activity", who, () -> activities.publish(submittedB), activityRows(submittedB)),
                denied(ORGANISATION, "cancel B's activity", who, () -> activities.cancel(activityB), activityRows(activityB)),
                denied(ORGANISATION, "end B's activity", who, () -> activities.end(activityB), activityRows(activityB)),
                denied(ORGANISATION, "cancel a meeting of B's", who, () -> activities.cancelOccurrence(comingMeetingB), meetingRows(activityB)),
                denied(ORGANISATION, "move a meeting of B's", who,
                        () -> activities.moveOccurrence(comingMeetingB, meetingStart(comingMeetingB).plus(Duration.ofHours(1))),
                        meetingRows(activityB)),
                answered(ORGANISATION, "open the page of B's unpublished draft", who, () -> activities.detail(draftB, SupportedLanguage.SWEDISH),
                        detail -> assertThat(detail).isEmpty(), activityRows(draftB)),
                answered(ORGANISATION, "list 'my activities'", who, () -> activities.mine(),
                        mine -> assertThat(mine).extracting(ActivitySummary::id).contains(activityA)
                                .doesNotContain(activityB, submittedB, draftB)),
                denied(ORGANISATION, "read B's participant list", who, () -> signups.participants(activityB), signupRows(activityB)),
                denied(ORGANISATION, "message B's participants", who,
                        () -> signups.message(activityB, comingMeetingB, ReadyMessage.SEE_YOU, null), organiserMessages()),
                denied(ORGANISATION, "keep places of B's activity for referrals", who, () -> signups.keepForReferrals(activityB, 2),
                        placeRows(activityB)),
                denied(ORGANISATION, "read how many places B keeps for referrals", who, () -> signups.keptForReferrals(activityB),
                        placeRows(activityB)),
                denied(ORGANISATION, "read who is expected at B's meeting", who, () -> signups.expectedAt(activityB, comingMeetingB),
                        signupRows(activityB)),
                denied(ORGANISATION, "read who holds a place at B's meeting", who, () -> signups.placeHoldersAmong(activityB, comingMeetingB, List.of(1L), List.of()),
                        signupRows(activityB)),
                denied(ORGANISATION, "open the roll call of B's meeting", who,
                        () -> attendance.rollCall(pastMeetingB.id(), SupportedLanguage.SWEDISH), attendanceRows(pastMeetingB.id())),
                denied(ORGANISATION, "show the check-in code of B's meeting", who, () -> attendance.codeFor(comingMeetingB),
                        attendanceRows(comingMeetingB)),
                answered(ORGANISATION, "sync a roll-call mark into B's meeting", who, () -> attendance.sync(List.of(walkInMark(pastMeetingB))),
                        ScopeMatrixModuleTest::notYourMeeting, attendanceRows(pastMeetingB.id()), auditBy(who)),
                answered(ORGANISATION, "GET the roll call of B's meeting over the JSON API", who,
                        () -> phone().send(HttpRequest.newBuilder(base().resolve("/api/attendance/meetings/" + pastMeetingB.id() + "/roll-call"))
                                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()),
                        response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(403), attendanceRows(pastMeetingB.id())),
                answered(ORGANISATION, "POST a mark into B's meeting over the JSON API", who,
                        () -> phone().send(HttpRequest.newBuilder(base().resolve("/api/attendance/sync"))
                                .header("Content-Type", "application/json").header("Accept", "application/json")
                                .header("X-Motesplats-Sync", "1")
                                .POST(HttpRequest.BodyPublishers.ofString(syncBody(walkInMark(pastMeetingB)))).build(),
                                HttpResponse.BodyHandlers.ofString()),
                        response -> {
                            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                            assertThat(response.body()).contains("REFUSED").contains("attendance.rule.not-your-meeting")
                                    .doesNotContain("STORED");
                        }, attendanceRows(pastMeetingB.id())),
                denied(ORGANISATION, "preview B's funding claim", who,
                        () -> funding.preview(organisationB, today.minusWeeks(3), today.minusDays(1), SupportedLanguage.SWEDISH),
                        claimRows(organisationB)),
                denied(ORGANISATION, "submit a claim in B's name", who, () -> funding.submit(organisationB, today.minusWeeks(8), today.minusWeeks(4)),
                        claimRows(organisationB)),
                denied(ORGANISATION, "read B's claims", who, () -> funding.claimsOf(organisationB), claimRows(organisationB)),
                denied(ORGANISATION, "read the funding meter of B's activity", who, () -> funding.meter(activityB, SupportedLanguage.SWEDISH),
                        claimRows(organisationB)),
                denied(ORGANISATION, "approve A's own claim", who, () -> funding.approve(claimA), claimRows(organisationA)),
                denied(ORGANISATION, "read B's members", who, () -> organisations.members(organisationB), memberRows(organisationB)),
                denied(ORGANISATION, "invite a member to B", who,
                        () -> organisations.invite(organisationB, "infiltrator-" + unique + "@motesplats.test", "Ivar",
                                OrganisationRole.ADMINISTRATOR),
                        memberRows(organisationB), rows("select count(*) from account"), rows("select count(*) from notification_delivery"),
                        rows("select count(*) from organisation_invitation")),
                denied(ORGANISATION, "read B's open invitations", who, () -> organisations.pendingInvitations(organisationB),
                        rows("select count(*) from organisation_invitation")));
    }

    private List<Named<Case>> participantAgainstAnothersSignup() {
        Who who = participantOfA;
        return List.of(
                denied(PARTICIPANT, "cancel another's sign-up", who, () -> signups.cancel(signupB), signupRows(activityB), placeRows(activityB)),
                ruled(PARTICIPANT, "say another cannot come to a meeting", who, "signup.rule.not-found",
                        () -> signups.cannotComeTo(signupB, comingMeetingB), signupRows(activityB), absenceRows(signupB)),
                ruled(PARTICIPANT, "accept the place offered to another", who, "signup.rule.not-found", () -> signups.acceptOffer(signupB),
                        signupRows(activityB)),
                answered(PARTICIPANT, "list 'my sign-ups'", who, () -> signups.mine(),
                        mine -> assertThat(mine).extracting(MySignup::signupId).contains(signupA).doesNotContain(signupB)),
                denied(PARTICIPANT, "read the participant list of an activity", who, () -> signups.participants(activityB), signupRows(activityB)),
                denied(PARTICIPANT, "refer another person to an activity", who,
                        () -> signups.refer(activityB, null, participantOfA.id(), false), signupRows(activityB)),
                answered(PARTICIPANT, "open the page of an unpublished draft", who, () -> activities.detail(draftB, SupportedLanguage.SWEDISH),
                        detail -> assertThat(detail).isEmpty()),
                answered(PARTICIPANT, "download 'my data'", who, () -> new String(personalData.mineAsJson(SupportedLanguage.SWEDISH),
                                StandardCharsets.UTF_8),
                        json -> assertThat(json).contains("Amal").doesNotContain("Berit" + unique).doesNotContain("Matrisfika B " + unique)));
    }

    private List<Named<Case>> outsiderAgainstAMatch() {
        Who stranger = participantOfA;
        return List.of(
                denied(MATCH, "say yes to another's proposed match", stranger, () -> matching.accept(proposedMatchY), matchRows(proposedMatchY)),
                denied(MATCH, "say no to another's proposed match", stranger, () -> matching.decline(proposedMatchY), matchRows(proposedMatchY)),
                denied(MATCH, "end another's match", stranger, () -> matching.end(activeMatchY, EndReason.NOT_WORKING, false),
                        matchRows(activeMatchY)),
                denied(MATCH, "log a meeting in another's match", stranger, () -> matching.logMeeting(activeMatchY, today),
                        matchRows(activeMatchY)),
                denied(MATCH, "answer the follow-up of another's match", stranger,
                        () -> matching.answerFollowUp(activeMatchY, FollowUp.Answer.GOING_WELL), matchRows(activeMatchY)),
                denied(MATCH, "withdraw another's request", stranger, () -> matching.withdraw(waitingRequestY), requestRows(waitingRequestY)),
                answered(MATCH, "list 'my matches'", stranger, () -> matching.mine(),
                        mine -> assertThat(mine).extracting(MyMatch::id).doesNotContain(activeMatchY, proposedMatchY)),
                denied(MATCH, "log a meeting in the volunteer's other match", newcomerOfProposedMatch, () -> matching.logMeeting(activeMatchY, today),
                        matchRows(activeMatchY)),
                denied(MATCH, "end the volunteer's other match", newcomerOfProposedMatch,
                        () -> matching.end(activeMatchY, EndReason.NOT_WORKING, true), matchRows(activeMatchY)),
                denied(MATCH, "say yes to the volunteer's other proposal", newcomerOfActiveMatch, () -> matching.accept(proposedMatchY),
                        matchRows(proposedMatchY)),
                denied(MATCH, "say yes to a proposal made to another volunteer", pausedVolunteer, () -> matching.accept(proposedMatchY),
                        matchRows(proposedMatchY)));
    }

    private List<Named<Case>> coordinatorOfXAgainstAreaY() {
        Who who = coordinatorOfX;
        return List.of(
                denied(AREA, "approve an activity in Y", who, () -> activities.approve(submittedB), activityRows(submittedB)),
                denied(AREA, "return an activity in Y to its organiser", who, () -> activities.returnToOrganiser(submittedB, "Nej"),
                        activityRows(submittedB)),
                denied(AREA, "publish an activity in Y", who, () -> activities.publish(submittedB), activityRows(submittedB)),
                denied(AREA, "cancel an activity in Y", who, () -> activities.cancel(activityB), activityRows(activityB)),
                denied(AREA, "end an activity in Y", who, () -> activities.end(activityB), activityRows(activityB)),
                denied(AREA, "cancel a meeting in Y", who, () -> activities.cancelOccurrence(comingMeetingB), meetingRows(activityB)),
                denied(AREA, "move a meeting in Y", who,
                        () -> activities.moveOccurrence(comingMeetingB, meetingStart(comingMeetingB).plus(Duration.ofHours(1))),
                        meetingRows(activityB)),
                answered(AREA, "list activities awaiting approval", who, () -> activities.awaitingApproval(),
                        queue -> assertThat(queue).extracting(ActivitySummary::municipalityCode).allSatisfy(ScopeMatrixModuleTest::inX)),
                answered(AREA, "open the page of an unpublished draft in Y", who, () -> activities.detail(draftB, SupportedLanguage.SWEDISH),
                        detail -> assertThat(detail).isEmpty()),
                denied(AREA, "verify an association in Y", who, () -> organisations.verify(unverifiedOrganisationB),
                        organisationRows(unverifiedOrganisationB)),
                answered(AREA, "list associations awaiting verification", who, () -> organisations.awaitingVerification(),
                        waiting -> assertThat(waiting).extracting(toVerify -> toVerify.organisation().municipalityCode())
                                .allSatisfy(ScopeMatrixModuleTest::inX)),
                denied(AREA, "make themselves a member of an association in Y", who,
                        () -> organisations.addMember(organisationB, coordinatorOfX.id(), OrganisationRole.ADMINISTRATOR),
                        memberRows(organisationB)),
                denied(AREA, "add an association in Y", who, () -> organisations.add("Skuggförening " + unique, OrganisationKind.OTHER, PITEA),
                        rows("select count(*) from organisation where name = ?", "Skuggförening " + unique)),
                denied(AREA, "read the participant list of an activity in Y", who, () -> signups.participants(activityB), signupRows(activityB)),
                denied(AREA, "message the participants of an activity in Y", who,
                        () -> signups.message(activityB, comingMeetingB, ReadyMessage.RUNNING_LATE, null), organiserMessages()),
                denied(AREA, "keep places for referrals in Y", who, () -> signups.keepForReferrals(activityB, 1), placeRows(activityB)),
                denied(AREA, "read who is expected at a meeting in Y", who, () -> signups.expectedAt(activityB, comingMeetingB),
                        signupRows(activityB)),
                denied(AREA, "open the roll call of a meeting in Y", who,
                        () -> attendance.rollCall(pastMeetingB.id(), SupportedLanguage.SWEDISH), attendanceRows(pastMeetingB.id())),
                denied(AREA, "show the check-in code of a meeting in Y", who, () -> attendance.codeFor(comingMeetingB),
                        attendanceRows(comingMeetingB)),
                answered(AREA, "correct the roll call of a past meeting in Y", who, () -> attendance.sync(List.of(walkInMark(pastMeetingB))),
                        ScopeMatrixModuleTest::notYourMeeting, attendanceRows(pastMeetingB.id()), auditBy(who)),
                denied(AREA, "read the funding meter of an activity in Y", who, () -> funding.meter(activityB, SupportedLanguage.SWEDISH),
                        claimRows(organisationB)),
                denied(AREA, "preview the claim of an association in Y", who,
                        () -> funding.preview(organisationB, today.minusWeeks(3), today.minusDays(1), SupportedLanguage.SWEDISH),
                        claimRows(organisationB)),
                denied(AREA, "read the claims of an association in Y", who, () -> funding.claimsOf(organisationB), claimRows(organisationB)),
                denied(AREA, "approve a claim in Y", who, () -> funding.approve(claimB), claimRows(organisationB)),
                denied(AREA, "reject a claim in Y", who, () -> funding.reject(claimB, "Fel period"), claimRows(organisationB),
                        rows("select attendee from funding_claimed_participant where claim_id = ? order by attendee", claimB)),
                answered(AREA, "list claims awaiting a decision", who, () -> funding.awaitingDecision(),
                        claims -> assertThat(claims).extracting(claim -> organisations.summary(claim.organisationId()).orElseThrow().municipalityCode())
                                .allSatisfy(ScopeMatrixModuleTest::inX)),
                answered(AREA, "list the matching queue", who, () -> matching.queue(),
                        queue -> assertThat(queue).extracting(queued -> queued.request().municipalityCode()).allSatisfy(ScopeMatrixModuleTest::inX)),
                denied(AREA, "read suggestions for a request in Y", who, () -> matching.suggestions(waitingRequestY), requestRows(waitingRequestY)),
                denied(AREA, "open a request in Y", who, () -> matching.request(waitingRequestY), requestRows(waitingRequestY)),
                denied(AREA, "propose a volunteer for a request in Y", who, () -> matching.propose(waitingRequestY, volunteerOfY.id()),
                        requestRows(waitingRequestY), volunteerRows(volunteerOfY.id())),
                answered(AREA, "list open matches", who, () -> matching.openMatchesInMyAreas(),
                        open -> assertThat(open).extracting(MatchOverview::id).doesNotContain(activeMatchY, proposedMatchY)),
                denied(AREA, "end a match in Y", who, () -> matching.end(activeMatchY, EndReason.OTHER, false), matchRows(activeMatchY)),
                denied(AREA, "ask for a volunteer for a newcomer in Y", who,
                        () -> matching.refer(participantOfA.id(), wish(PITEA), SupportedLanguage.ARABIC),
                        rows("select id from match_request where account_id = ? order by id", participantOfA.id())),
                answered(AREA, "list volunteers", who, () -> volunteers.inMyAreas(),
                        list -> assertThat(list).extracting(overview -> overview.candidate().municipalityCode()).allSatisfy(ScopeMatrixModuleTest::inX)),
                denied(AREA, "record vetting of a volunteer in Y", who,
                        () -> volunteers.recordVetting(pausedVolunteer.id(), ProgrammeKind.REFUGEE_GUIDE, fullVetting()),
                        volunteerRows(pausedVolunteer.id())),
                denied(AREA, "pause a volunteer in Y", who, () -> volunteers.pause(volunteerOfY.id()), volunteerRows(volunteerOfY.id()),
                        matchRows(proposedMatchY)),
                denied(AREA, "resume a paused volunteer in Y", who, () -> volunteers.resume(pausedVolunteer.id()),
                        volunteerRows(pausedVolunteer.id())),
                answered(AREA, "read open concerns", who, () -> concerns.open(),
                        open -> assertThat(open).extracting(Concern::id).doesNotContain(concernY)),
                denied(AREA, "mark a concern in Y handled", who, () -> concerns.handled(concernY),
                        rows("select * from volunteer_concern where id = ?", concernY)),
                answered(AREA, "read the dashboard", who, () -> dashboards.mine(), this::onlyLulea),
                answered(AREA, "read 'What is missing?'", who, () -> dashboards.unmetDemand(), demand -> {
                    assertThat(demand.categories()).extracting(UnmetDemand.CategoryGap::municipalityCode).allSatisfy(ScopeMatrixModuleTest::inX);
                    assertThat(demand.languages()).extracting(UnmetDemand.LanguageGap::municipalityCode).allSatisfy(ScopeMatrixModuleTest::inX);
                }));
    }

    private List<Named<Case>> nonAdministratorAgainstAdministratorsWork() {
        StringWriter export = new StringWriter();
        FundingScheme nad = funding.scheme("NAD").orElseThrow();
        return List.of(
                denied(ADMIN_ONLY, "search the audit log", coordinatorOfX,
                        () -> audit.search(new AuditLog.AuditSearch(null, null, "", Instant.EPOCH, clock.instant().plusSeconds(60)))),
                denied(ADMIN_ONLY, "export the audit log", memberOfA,
                        () -> audit.exportCsv(new AuditLog.AuditSearch(participantOfB.id(), null, "", Instant.EPOCH,
                                clock.instant().plusSeconds(60)), export), export::toString),
                denied(ADMIN_ONLY, "change a funding scheme", coordinatorOfX,
                        () -> funding.configure(new FundingScheme(nad.code(), nad.name(), nad.amountPerParticipantSek() + 1000, nad.minMeetings(),
                                nad.participantsPerLeader(), nad.minAttendances(), nad.belowRatio(), nad.requiresApprovedPlan())),
                        rows("select * from funding_scheme where code = 'NAD'")),
                denied(ADMIN_ONLY, "change what a programme asks and where it runs", coordinatorOfX,
                        () -> volunteers.configure(ProgrammeKind.REFUGEE_GUIDE, Set.of(), 1, 1, Set.of("25")),
                        rows("select * from programme where kind = 'REFUGEE_GUIDE'"),
                        rows("select c.county_code from programme_county c join programme p on p.id = c.programme_id "
                                + "where p.kind = 'REFUGEE_GUIDE' order by 1")),
                denied(ADMIN_ONLY, "make themselves an administrator", coordinatorOfX,
                        () -> accounts.setRoles(coordinatorOfX.id(), List.of(Roles.COORDINATOR, Roles.ADMINISTRATOR)),
                        roleRows(coordinatorOfX.id())),
                denied(ADMIN_ONLY, "change a participant's roles", memberOfA,
                        () -> accounts.setRoles(participantOfB.id(), List.of(Roles.PARTICIPANT, Roles.ORGANISATION_MEMBER)),
                        roleRows(participantOfB.id())),
                denied(ADMIN_ONLY, "list all accounts", coordinatorOfX, () -> accounts.listAccounts()),
                denied(ADMIN_ONLY, "widen their own area", coordinatorOfX, () -> areas.setScope(coordinatorOfX.id(), List.of(LULEA, PITEA)),
                        rows("select municipality_code from coordinator_scope where account_id = ? order by 1", coordinatorOfX.id())),
                denied(ADMIN_ONLY, "ask their own participant whether they still come (a job's work)", memberOfA,
                        () -> signups.askIfStillComing(signupA), signupRows(activityA)),
                denied(ADMIN_ONLY, "give a participant a protected identity", memberOfA,
                        () -> accounts.protectIdentity(participantOfB.id(), "Alias"),
                        rows("select protected_identity, alias from account where id = ?", participantOfB.id())),
                denied(ADMIN_ONLY, "register a referred newcomer", participantOfA,
                        () -> accounts.registerReferred("referred-" + unique + "@motesplats.test", "Ruth", SupportedLanguage.ARABIC),
                        rows("select count(*) from account")),
                denied(ADMIN_ONLY, "add an association", memberOfA, () -> organisations.add("Egen förening " + unique, OrganisationKind.OTHER, LULEA),
                        rows("select count(*) from organisation where name = ?", "Egen förening " + unique)));
    }

    // ---------------------------------------------------------------------------------------------
    // the positive control

    /** The right people read what the wrong ones were refused or not shown: the fixture holds what the matrix says it does. */
    @Test
    void theRightPeopleSeeWhatTheWrongOnesDoNot() {
        as(leaderOfB.id(), () -> {
            assertThat(activities.draftOf(activityB)).isNotNull();
            assertThat(activities.detail(draftB, SupportedLanguage.SWEDISH)).map(ActivityDetail::id).contains(draftB);
            assertThat(signups.participants(activityB)).extracting(Participant::signupId).contains(signupB);
            RollCall rollCall = attendance.rollCall(pastMeetingB.id(), SupportedLanguage.SWEDISH);
            assertThat(rollCall.entries()).filteredOn(entry -> entry.attendee().equals(Attendee.person(participantOfB.id()).key()))
                    .singleElement().satisfies(entry -> assertThat(entry.present()).isTrue());
            assertThat(attendance.codeFor(comingMeetingB).shortCode()).hasSize(6);
            assertThat(funding.claimsOf(organisationB)).extracting(Claim::id).contains(claimB);
            assertThat(organisations.members(organisationB)).extracting(member -> member.accountId()).contains(leaderOfB.id());
        }, leaderOfB.roles());
        as(participantOfB.id(), () -> assertThat(signups.mine()).filteredOn(mine -> mine.signupId() == signupB).singleElement()
                .satisfies(mine -> assertThat(mine.offeredUntil()).as("an offer to accept").isNotNull()), Roles.PARTICIPANT);
        as(newcomerOfActiveMatch.id(), () -> assertThat(matching.mine()).filteredOn(match -> match.id() == activeMatchY).singleElement()
                .satisfies(match -> assertThat(match.status()).isEqualTo(MatchStatus.ACTIVE)), Roles.PARTICIPANT);
        as(volunteerOfY.id(), () -> assertThat(matching.mine()).extracting(MyMatch::id).contains(activeMatchY, proposedMatchY),
                Roles.VOLUNTEER);
        as(coordinatorOfY.id(), () -> {
            assertThat(activities.awaitingApproval()).extracting(ActivitySummary::id).contains(submittedB);
            assertThat(organisations.awaitingVerification()).extracting(toVerify -> toVerify.organisation().id())
                    .contains(unverifiedOrganisationB);
            assertThat(funding.awaitingDecision()).extracting(Claim::id).contains(claimB);
            assertThat(matching.queue()).extracting(queued -> queued.request().id()).contains(waitingRequestY);
            assertThat(matching.suggestions(waitingRequestY)).extracting(suggestion -> suggestion.volunteer().accountId())
                    .contains(volunteerOfY.id());
            assertThat(matching.openMatchesInMyAreas()).extracting(MatchOverview::id).contains(activeMatchY, proposedMatchY);
            assertThat(volunteers.inMyAreas()).extracting(overview -> overview.candidate().accountId())
                    .contains(volunteerOfY.id(), pausedVolunteer.id());
            assertThat(concerns.open()).extracting(Concern::id).contains(concernY);
            Dashboard dashboard = dashboards.mine();
            assertThat(dashboard.activitiesRunning()).isPositive();
            assertThat(dashboard.matchingQueue()).isPositive();
            assertThat(dashboard.volunteersActive()).isPositive();
            assertThat(dashboard.byMunicipality()).extracting(Dashboard.Breakdown::key).contains(PITEA);
            assertThat(dashboards.unmetDemand().categories()).extracting(UnmetDemand.CategoryGap::municipalityCode).contains(PITEA);
        }, Roles.COORDINATOR);
    }

    // ---------------------------------------------------------------------------------------------
    // holes the matrix found, now closed: each checks the right behaviour

    @Test
    void aFormerCoordinatorCannotEndAMatchInTheirOldArea() {
        long match = activeMatch(account("dawit", "Dawit", Roles.PARTICIPANT));
        long former = account("former", "Frida", Roles.COORDINATOR);
        SystemActor.runAsAdministrator(() -> {
            areas.setScope(former, List.of(PITEA));
            accounts.setRoles(former, List.of(Roles.PARTICIPANT));
        });
        Object before = matchRows(match).get();
        assertThatThrownBy(() -> as(former, () -> matching.end(match, EndReason.OTHER, false), Roles.PARTICIPANT))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(matchRows(match).get()).isEqualTo(before);
    }

    @Test
    void aCoordinatorCannotLiftTheProtectedIdentityOfAPersonInAnotherArea() {
        long person = account("mariam", "Mariam", Roles.PARTICIPANT);
        as(person, () -> profiles.save(new Profile(Set.of(SupportedLanguage.ARABIC), null, PITEA, Set.of())), Roles.PARTICIPANT);
        SystemActor.runAsAdministrator(() -> accounts.protectIdentity(person, "Skyddad " + unique));
        Object before = rows("select protected_identity, alias from account where id = ?", person).get();
        assertThatThrownBy(() -> as(coordinatorOfX.id(), () -> accounts.protectIdentity(person, ""), Roles.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows("select protected_identity, alias from account where id = ?", person).get()).isEqualTo(before);
    }

    @Test
    void aCoordinatorCannotReferANewcomerIntoAnActivityInAnotherArea() {
        long newcomer = account("nur", "Nur", Roles.PARTICIPANT);
        Object before = signupRows(activityB).get();
        assertThatThrownBy(() -> as(coordinatorOfX.id(), () -> signups.refer(activityB, null, newcomer, false), Roles.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signupRows(activityB).get()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsCreateKnutpunkter() {
        String name = "Knutpunkt " + unique;
        assertThatThrownBy(() -> as(participantOfA.id(), () -> areas.createKnutpunkt(name, List.of(LULEA)), Roles.PARTICIPANT))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from knutpunkt where name = ?").param(name).query(Integer.class).single()).isZero();
    }

    // ---------------------------------------------------------------------------------------------
    // kinds of case

    /** The attempt is refused with {@link AccessDeniedException} and changes nothing (nor writes an audit entry by the person). */
    private Named<Case> denied(String group, String what, Who who, Attempt attempt, Supplier<?>... state) {
        return refusal(group, what, who, attempt, thrown -> assertThat(thrown).isInstanceOf(AccessDeniedException.class), state);
    }

    /** The attempt is refused by a business rule that does not even admit the thing exists, and changes nothing. */
    private Named<Case> ruled(String group, String what, Who who, String translationKey, Attempt attempt, Supplier<?>... state) {
        return refusal(group, what, who, attempt, thrown -> assertThat(thrown).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.translationKey()).isEqualTo(translationKey)), state);
    }

    private Named<Case> refusal(String group, String what, Who who, Attempt attempt, Consumer<@Nullable Throwable> refused,
            Supplier<?>... state) {
        return Named.of(group + ": " + who.label() + " may not " + what, new Case(group, () -> {
            List<Object> before = snapshot(who, state);
            Throwable thrown = catchThrowable(() -> as(who.id(), () -> {
                try {
                    attempt.run();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, who.roles()));
            assertThat(thrown).as("%s tried to %s", who.label(), what).isNotNull();
            refused.accept(thrown);
            assertThat(snapshot(who, state)).as("nothing changed when %s tried to %s", who.label(), what).isEqualTo(before);
        }));
    }

    /** The call is answered, but the answer holds none of the other's data, and nothing changed. */
    private <T> Named<Case> answered(String group, String what, Who who, Callable<T> call, Consumer<T> check, Supplier<?>... state) {
        return Named.of(group + ": " + who.label() + " may " + what + " but sees and changes nothing of the others'", new Case(group, () -> {
            List<Object> before = snapshot(null, state);
            T answer = callAs(who.id(), call, who.roles());
            check.accept(answer);
            assertThat(snapshot(null, state)).as("nothing changed when %s tried to %s", who.label(), what).isEqualTo(before);
        }));
    }

    private List<Object> snapshot(@Nullable Who who, Supplier<?>[] state) {
        List<Object> values = new ArrayList<>();
        for (Supplier<?> part : state) {
            values.add(part.get());
        }
        if (who != null) {
            values.add(auditBy(who).get());
        }
        return values;
    }

    /** A municipality code in area X (a list that may be empty holds only these). */
    private static void inX(@Nullable String municipalityCode) {
        assertThat(municipalityCode).isEqualTo(LULEA);
    }

    private static void notYourMeeting(List<SyncOutcome> outcomes) {
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(SyncOutcome.Result.REFUSED);
            assertThat(outcome.reason()).isEqualTo("attendance.rule.not-your-meeting");
        });
    }

    private void onlyLulea(Dashboard dashboard) {
        assertThat(dashboard.byMunicipality()).extracting(Dashboard.Breakdown::key).allSatisfy(ScopeMatrixModuleTest::inX);
        assertThat(dashboard.activitiesRunning()).isEqualTo(count(
                "select count(*) from activity where status = 'PUBLISHED' and municipality_code = ?", LULEA));
        assertThat(dashboard.matchingQueue()).isEqualTo(count("""
                select count(*) from match_request r where r.municipality_code = ? and r.status in ('WAITING', 'MATCHED')
                  and not exists (select 1 from volunteer_match m where m.request_id = r.id and m.status = 'ACTIVE')""", LULEA));
        assertThat(dashboard.volunteersActive()).isEqualTo(count("""
                select count(*) from volunteer v where v.municipality_code = ? and exists (select 1 from volunteer_match m
                  where m.volunteer_id = v.account_id and m.status in ('PROPOSED', 'ACTIVE'))""", LULEA));
    }

    // ---------------------------------------------------------------------------------------------
    // what an attempt would change

    private Supplier<Object> rows(String sql, Object... parameters) {
        return () -> jdbc.sql(sql).params(parameters).query().listOfRows();
    }

    private int count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Integer.class).single();
    }

    private Supplier<Object> auditBy(Who who) {
        return rows("select action, subject from audit_event where actor_id = ? order by id", who.id());
    }

    private Supplier<Object> activityRows(long activityId) {
        return () -> List.of(rows("select * from activity where id = ?", activityId).get(),
                rows("select * from activity_text where activity_id = ? order by language", activityId).get());
    }

    private Supplier<Object> meetingRows(long activityId) {
        return rows("select * from occurrence where activity_id = ? order by id", activityId);
    }

    private Supplier<Object> signupRows(long activityId) {
        return rows("select * from signup where activity_id = ? order by id", activityId);
    }

    private Supplier<Object> placeRows(long activityId) {
        return rows("select * from signup_places where activity_id = ? order by occurrence_id", activityId);
    }

    private Supplier<Object> absenceRows(long signupId) {
        return rows("select * from signup_absence where signup_id = ? order by occurrence_id", signupId);
    }

    private Supplier<Object> organiserMessages() {
        return rows("select count(*) from notification_delivery where template like 'signup.message.%'");
    }

    private Supplier<Object> attendanceRows(long meetingId) {
        return () -> List.of(rows("select * from attendance where occurrence_id = ? order by attendee", meetingId).get(),
                rows("select * from attendance_mark where occurrence_id = ? order by client_id", meetingId).get());
    }

    private Supplier<Object> claimRows(long organisationId) {
        return rows("select * from funding_claim where organisation_id = ? order by id", organisationId);
    }

    private Supplier<Object> memberRows(long organisationId) {
        return rows("select * from organisation_member where organisation_id = ? order by account_id", organisationId);
    }

    private Supplier<Object> organisationRows(long organisationId) {
        return rows("select * from organisation where id = ?", organisationId);
    }

    private Supplier<Object> matchRows(long matchId) {
        return () -> List.of(rows("select * from volunteer_match where id = ?", matchId).get(),
                rows("select * from match_request where id = (select request_id from volunteer_match where id = ?)", matchId).get(),
                rows("select * from match_meeting where match_id = ? order by met_on", matchId).get(),
                rows("select * from match_follow_up where match_id = ? order by account_id, round", matchId).get());
    }

    private Supplier<Object> requestRows(long requestId) {
        return () -> List.of(rows("select * from match_request where id = ?", requestId).get(),
                rows("select * from volunteer_match where request_id = ? order by id", requestId).get());
    }

    private Supplier<Object> volunteerRows(long volunteerId) {
        return () -> List.of(rows("select * from volunteer where account_id = ?", volunteerId).get(),
                rows("select * from volunteer_programme where account_id = ? order by programme_id", volunteerId).get());
    }

    private Supplier<Object> roleRows(long accountId) {
        return rows("select role from account_role where account_id = ? order by role", accountId);
    }

    // ---------------------------------------------------------------------------------------------
    // fixtures

    private long account(String prefix, String firstName, String... roles) {
        return accounts.ensureAccount(prefix + "-" + unique + "-" + UUID.randomUUID().toString().substring(0, 6) + "@motesplats.test", firstName,
                SupportedLanguage.SWEDISH, List.of(roles));
    }

    /** A weekly café that began three weeks ago, so that it has meetings behind it and ahead; words no other test searches for. */
    private ActivityDraft draft(long organisationId, String municipality, String title) {
        LocalDate firstDay = today.minusWeeks(3);
        return new ActivityDraft(organisationId, SupportedLanguage.SWEDISH,
                Map.of(SupportedLanguage.SWEDISH, new ActivityText(title, "Samtal i matrisen")),
                ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE, SwedishLevel.NONE, Set.of(SupportedLanguage.ARABIC),
                new Venue(municipality, "Matrishuset", "Rutnätsgatan 1", null, null, true, false), 0, false, false, 10, AgeRange.ANY,
                new ActivityPlan(true, false, true, "Svenska i vardagen", 10, "NAD"),
                Schedule.weekly(firstDay, LocalTime.of(18, 0), 120, firstDay.getDayOfWeek(), today.plusWeeks(8)));
    }

    /** The draft with another title, for this organisation, as someone trying to take it over would send it. */
    private static ActivityDraft hijacked(ActivityDraft draft, long organisationId) {
        return new ActivityDraft(organisationId, draft.sourceLanguage(),
                Map.of(draft.sourceLanguage(), new ActivityText("Kapad", "Intrång")), draft.category(), draft.targetGroup(),
                draft.swedishLevel(), draft.leaderLanguages(), draft.venue(), draft.costSek(), draft.childcare(), draft.dropIn(),
                draft.capacity(), draft.ages(), draft.plan(), draft.schedule());
    }

    private long published(ActivityDraft draft) {
        long id = activities.createDraft(draft);
        activities.submit(id);
        activities.approve(id);
        activities.publish(id);
        return id;
    }

    private Instant meetingStart(long meetingId) {
        return jdbc.sql("select starts_at from occurrence where id = ?").param(meetingId).query(java.sql.Timestamp.class).single().toInstant();
    }

    /** A walk-in marked present at a past meeting, as the roll call sends it: accepted from the meeting's leaders. */
    private static Mark walkInMark(PastMeeting meeting) {
        return new Mark(UUID.randomUUID(), meeting.id(), Attendee.walkIn(UUID.randomUUID()).key(), Mark.Kind.PRESENT,
                meeting.startsAt().plus(Duration.ofMinutes(10)), false, "Eve");
    }

    private static String syncBody(Mark mark) {
        return """
                {"marks": [{"clientId": "%s", "meetingId": %d, "attendee": "%s", "kind": "%s", "at": "%s", "leader": false,
                  "walkInName": "%s"}], "sentAt": null}""".formatted(mark.clientId(), mark.meetingId(), mark.attendee(), mark.kind(),
                mark.at(), mark.walkInName());
    }

    private static VolunteerForm volunteerForm(String municipality) {
        return new VolunteerForm(Set.of(ProgrammeKind.REFUGEE_GUIDE), municipality, List.of(new LanguageSkill(SpokenLanguage.SWEDISH,
                Fluency.WELL), new LanguageSkill(SpokenLanguage.ARABIC, Fluency.WELL)), Set.of(ActivityCategory.SPORT), Set.of(TimeSlot.WEEKEND),
                null, false, List.of(), 5);
    }

    /** A request for a refugee guide: not the language friends other tests rank exactly in Norrbotten. */
    private static RequestForm wish(String municipality) {
        return new RequestForm(ProgrammeKind.REFUGEE_GUIDE, municipality, Set.of(SpokenLanguage.ARABIC), Set.of(ActivityCategory.SPORT),
                Set.of(TimeSlot.WEEKEND), null, false, List.of());
    }

    private Vetting fullVetting() {
        return new Vetting(today, today, today, today, RecordType.WORK_WITH_CHILDREN, today.plusYears(1));
    }

    private long volunteer(String prefix) {
        long volunteer = account(prefix, "Vera", Roles.PARTICIPANT);
        as(volunteer, () -> volunteers.signUp(volunteerForm(PITEA), true, SupportedLanguage.SWEDISH), Roles.PARTICIPANT);
        return volunteer;
    }

    private void vet(long volunteer) {
        as(coordinatorOfY.id(), () -> volunteers.recordVetting(volunteer, ProgrammeKind.REFUGEE_GUIDE, fullVetting()), Roles.COORDINATOR);
    }

    private long request(long newcomer) {
        return callAs(newcomer, () -> matching.ask(wish(PITEA), true, SupportedLanguage.ARABIC), Roles.PARTICIPANT);
    }

    /** A match of Y's volunteer with this newcomer, proposed by Y's coordinator and accepted by both. */
    private long activeMatch(long newcomer) {
        long requestId = request(newcomer);
        long match = callAs(coordinatorOfY.id(), () -> matching.propose(requestId, volunteerOfY.id()), Roles.COORDINATOR);
        as(volunteerOfY.id(), () -> matching.accept(match), Roles.VOLUNTEER);
        as(newcomer, () -> assertThat(matching.accept(match)).isEqualTo(MatchStatus.ACTIVE), Roles.PARTICIPANT);
        return match;
    }

    /** Runs a read as the system's administrator, for building an attempt's argument. */
    private static final class SystemActorCall {

        static <T> T call(Callable<T> work) {
            AtomicReference<T> result = new AtomicReference<>();
            SystemActor.runAsAdministrator(() -> {
                try {
                    result.set(work.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return result.get();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the JSON API, over real HTTP with a leader's remembered phone

    private HttpClient phone() {
        return java.util.Objects.requireNonNull(phoneOfMemberOfA);
    }

    private URI base() {
        return URI.create("http://localhost:" + port);
    }

    /**
     * A phone signed in as after "stay signed in": the remembered-device cookie the sign-in sets,
     * turned into a session by a first request, as when "Today" opens.
     */
    private HttpClient signedInPhone(Who who) throws Exception {
        SignedInPerson person = new SignedInPerson(who.id(), "Lena", Set.of(who.roles()));
        MockHttpServletRequest signIn = new MockHttpServletRequest("POST", "/sign-in");
        signIn.addHeader("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36");
        MockHttpServletResponse signedIn = new MockHttpServletResponse();
        stayingSignedIn.remember(UsernamePasswordAuthenticationToken.authenticated(person, null, person.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()), signIn, signedIn);
        jakarta.servlet.http.Cookie remembered = java.util.Objects.requireNonNull(signedIn.getCookie("motesplats-remember"));
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpCookie cookie = new HttpCookie(remembered.getName(), remembered.getValue());
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base(), cookie);
        HttpClient phone = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> today = phone.send(HttpRequest.newBuilder(base().resolve("/api/attendance/today"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(today.statusCode()).as(today.body()).isEqualTo(200);
        return phone;
    }
}
