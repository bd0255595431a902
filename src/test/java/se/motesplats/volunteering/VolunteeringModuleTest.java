package se.motesplats.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.privacy.ConsentService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

class VolunteeringModuleTest extends ModuleTestBase {

    /**
     * Municipalities no other test uses; suggestions come from the request's county, so the tests that
     * check suggestions exactly each have a county of their own (Gotland, Norrbotten).
     */
    private static final String UMEA = "2480";
    private static final String SKELLEFTEA = "2482";
    private static final String LYCKSELE = "2481";
    private static final String GOTLAND = "0980";
    private static final String GALLIVARE = "2523";

    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired ConsentService consents;
    @Autowired VolunteerService volunteers;
    @Autowired MatchingService matching;
    @Autowired ConcernService concerns;
    @Autowired MatchFollowUps followUps;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long person(String name, String... roles) {
        return accounts.ensureAccount(name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", name, SupportedLanguage.ARABIC,
                List.of(roles));
    }

    private long coordinator(String... municipalities) {
        long coordinator = person("Kerstin", Roles.COORDINATOR);
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(municipalities)));
        return coordinator;
    }

    private static VolunteerForm form(ProgrammeKind kind, String municipality, int maxMatches) {
        return new VolunteerForm(Set.of(kind), municipality, List.of(new LanguageSkill(SpokenLanguage.SWEDISH, Fluency.WELL),
                new LanguageSkill(SpokenLanguage.ARABIC, Fluency.WELL)), Set.of(ActivityCategory.SPORT), Set.of(TimeSlot.WEEKEND), null,
                false, List.of(), maxMatches);
    }

    private static RequestForm wish(ProgrammeKind kind, String municipality) {
        return new RequestForm(kind, municipality, Set.of(SpokenLanguage.ARABIC), Set.of(ActivityCategory.SPORT), Set.of(TimeSlot.WEEKEND),
                null, false, List.of());
    }

    private long volunteer(String name, String municipality, int maxMatches) {
        long volunteer = person(name, Roles.PARTICIPANT);
        as(volunteer, () -> volunteers.signUp(form(ProgrammeKind.LANGUAGE_FRIEND, municipality, maxMatches), true, SupportedLanguage.SWEDISH),
                Roles.PARTICIPANT);
        return volunteer;
    }

    private void vet(long coordinator, long volunteer, ProgrammeKind kind) {
        LocalDate today = LocalDate.now(clock.withZone(se.motesplats.shared.Zones.STOCKHOLM));
        as(coordinator, () -> volunteers.recordVetting(volunteer, kind,
                new Vetting(today, today, today, today, RecordType.WORK_WITH_CHILDREN, today.plusYears(1))), Roles.COORDINATOR);
    }

    private long request(long newcomer, String municipality) {
        return callAs(newcomer, () -> matching.ask(wish(ProgrammeKind.LANGUAGE_FRIEND, municipality), true, SupportedLanguage.ARABIC),
                Roles.PARTICIPANT);
    }

    private int notices(String onceKeyPattern) {
        return jdbc.sql("select count(*) from notification_delivery where once_key like ?").param("volunteering:" + onceKeyPattern)
                .query(Integer.class).single();
    }

    @Test
    void signingUpAsAVolunteerKeepsWhatTheyWroteGivesTheRoleAndRecordsConsent() {
        long eva = person("Eva", Roles.PARTICIPANT);
        as(eva, () -> {
            assertThat(volunteers.mine()).isEmpty();
            assertThatThrownBy(() -> volunteers.signUp(form(ProgrammeKind.LANGUAGE_FRIEND, UMEA, 1), false, SupportedLanguage.SWEDISH))
                    .isInstanceOf(RuleViolation.class).hasMessage("volunteering.rule.consent-needed");
            assertThatThrownBy(() -> volunteers.signUp(new VolunteerForm(Set.of(), UMEA, List.of(), Set.of(), Set.of(), null, false,
                    List.of(), 1), true, SupportedLanguage.SWEDISH)).hasMessage("volunteering.rule.programme-needed");
            assertThatThrownBy(() -> volunteers.signUp(new VolunteerForm(Set.of(ProgrammeKind.CONTACT_FAMILY), UMEA,
                    List.of(new LanguageSkill(SpokenLanguage.SWEDISH, Fluency.WELL)), Set.of(), Set.of(TimeSlot.WEEKEND), null, false,
                    List.of(4, 40), 1), true, SupportedLanguage.SWEDISH)).hasMessage("volunteering.rule.child-age");
            VolunteerForm form = new VolunteerForm(Set.of(ProgrammeKind.CONTACT_FAMILY, ProgrammeKind.LANGUAGE_FRIEND), UMEA,
                    List.of(new LanguageSkill(SpokenLanguage.SWEDISH, Fluency.WELL), new LanguageSkill(SpokenLanguage.TIGRINYA, Fluency.SOME)),
                    Set.of(ActivityCategory.OUTDOORS), Set.of(TimeSlot.WEEKEND, TimeSlot.WEEKDAY_EVENING), Gender.WOMAN, true, List.of(9, 4), 2);
            volunteers.signUp(form, true, SupportedLanguage.SWEDISH);
            MyVolunteering mine = volunteers.mine().orElseThrow();
            assertThat(mine.form().programmes()).isEqualTo(form.programmes());
            assertThat(mine.form().languages()).containsExactlyInAnyOrderElementsOf(form.languages());
            assertThat(mine.form().childrenAges()).containsExactly(4, 9);
            assertThat(mine.programmes()).allSatisfy(status -> assertThat(status.ready()).isFalse());
            assertThat(mine.programmes()).filteredOn(status -> status.programme().kind() == ProgrammeKind.CONTACT_FAMILY)
                    .singleElement().satisfies(status -> assertThat(status.missing()).contains(Requirement.RECORD_CHECK));
        }, Roles.PARTICIPANT);
        assertThat(jdbc.sql("select role from account_role where account_id = ?").param(eva).query(String.class).list())
                .contains(Roles.VOLUNTEER);
        assertThat(consents.of(eva)).contains(ConsentPurpose.MATCHING);
    }

    @Test
    void aMatchGoesFromProposalThroughBothYesesToActiveAndOnlyThenSharesContactDetails() {
        long kerstin = coordinator(GOTLAND);
        long eva = volunteer("Eva", GOTLAND, 1);
        long amina = person("Amina", Roles.PARTICIPANT);
        long requestId = request(amina, GOTLAND);

        assertThatThrownBy(() -> as(amina, () -> matching.ask(wish(ProgrammeKind.LANGUAGE_FRIEND, GOTLAND), true, SupportedLanguage.ARABIC),
                Roles.PARTICIPANT)).hasMessage("volunteering.rule.already-asked");
        as(kerstin, () -> {
            assertThat(matching.queue()).extracting(queued -> queued.request().id()).contains(requestId);
            assertThat(matching.suggestions(requestId)).extracting(s -> s.volunteer().accountId()).containsExactly(eva);
            assertThat(matching.suggestions(requestId).getFirst().volunteer().proposable()).as("not vetted yet").isFalse();
            assertThatThrownBy(() -> matching.propose(requestId, eva)).hasMessage("volunteering.rule.vetting-missing");
        }, Roles.COORDINATOR);
        vet(kerstin, eva, ProgrammeKind.LANGUAGE_FRIEND);
        long matchId = callAs(kerstin, () -> matching.propose(requestId, eva), Roles.COORDINATOR);
        assertThat(notices("proposed:" + matchId + ":%")).isEqualTo(2);

        as(eva, () -> {
            MyMatch proposed = matching.mine().getFirst();
            assertThat(proposed.otherFirstName()).isEqualTo("Amina");
            assertThat(proposed.otherLanguages()).containsExactly(SpokenLanguage.ARABIC);
            assertThat(proposed.email()).as("no contact details before both said yes").isNull();
            assertThat(proposed.waitingForMe()).isTrue();
            assertThat(matching.accept(matchId)).isEqualTo(MatchStatus.PROPOSED);
        }, Roles.VOLUNTEER);
        long stranger = person("Stranger", Roles.PARTICIPANT);
        assertThatThrownBy(() -> as(stranger, () -> matching.accept(matchId), Roles.PARTICIPANT)).isInstanceOf(AccessDeniedException.class);
        as(amina, () -> assertThat(matching.accept(matchId)).isEqualTo(MatchStatus.ACTIVE), Roles.PARTICIPANT);
        assertThat(notices("active:" + matchId + ":%")).isEqualTo(2);

        as(amina, () -> {
            MyMatch active = matching.mine().getFirst();
            assertThat(active.status()).isEqualTo(MatchStatus.ACTIVE);
            assertThat(active.otherFirstName()).isEqualTo("Eva");
            assertThat(active.email()).startsWith("eva-");
            LocalDate today = LocalDate.now(clock.withZone(se.motesplats.shared.Zones.STOCKHOLM));
            assertThatThrownBy(() -> matching.logMeeting(matchId, today.plusDays(1))).hasMessage("volunteering.rule.meeting-date");
            matching.logMeeting(matchId, today);
            matching.logMeeting(matchId, today);
            assertThat(matching.mine().getFirst().meetings()).containsExactly(today);
        }, Roles.PARTICIPANT);
        as(kerstin, () -> {
            assertThat(matching.queue()).extracting(queued -> queued.request().id()).doesNotContain(requestId);
            assertThat(matching.openMatchesInMyAreas()).filteredOn(match -> match.id() == matchId).singleElement()
                    .satisfies(match -> assertThat(match.meetings()).isEqualTo(1));
        }, Roles.COORDINATOR);
        as(eva, () -> matching.end(matchId, EndReason.NOT_WORKING, true), Roles.VOLUNTEER);
        as(kerstin, () -> assertThat(matching.queue()).filteredOn(queued -> queued.request().id() == requestId).singleElement()
                .satisfies(queued -> assertThat(queued.proposed()).isFalse()), Roles.COORDINATOR);
    }

    @Test
    void aDeclinedProposalSendsTheRequestBackToTheQueueAndThatVolunteerIsNotSuggestedAgain() {
        long kerstin = coordinator(GALLIVARE);
        long eva = volunteer("Eva", GALLIVARE, 1);
        long olle = volunteer("Olle", GALLIVARE, 1);
        vet(kerstin, eva, ProgrammeKind.LANGUAGE_FRIEND);
        long amina = person("Amina", Roles.PARTICIPANT);
        long requestId = request(amina, GALLIVARE);
        long matchId = callAs(kerstin, () -> matching.propose(requestId, eva), Roles.COORDINATOR);
        assertThatThrownBy(() -> as(kerstin, () -> matching.propose(requestId, olle), Roles.COORDINATOR))
                .hasMessage("volunteering.rule.request-not-waiting");

        as(amina, () -> matching.decline(matchId), Roles.PARTICIPANT);
        as(kerstin, () -> {
            assertThat(matching.queue()).filteredOn(queued -> queued.request().id() == requestId).singleElement()
                    .satisfies(queued -> assertThat(queued.declinedBefore()).isEqualTo(1));
            assertThat(matching.suggestions(requestId)).extracting(s -> s.volunteer().accountId()).containsExactly(olle);
        }, Roles.COORDINATOR);
        as(eva, () -> assertThat(matching.mine()).isEmpty(), Roles.VOLUNTEER);
    }

    @Test
    void aVolunteerIsNeverProposedBeyondTheMatchesTheyCanTakeEvenFromTwoNodesAtOnce() throws Exception {
        long kerstin = coordinator(LYCKSELE);
        long eva = volunteer("Eva", LYCKSELE, 1);
        vet(kerstin, eva, ProgrammeKind.LANGUAGE_FRIEND);
        List<Long> requests = List.of(request(person("Amina", Roles.PARTICIPANT), LYCKSELE), request(person("Yonas", Roles.PARTICIPANT), LYCKSELE),
                request(person("Hodan", Roles.PARTICIPANT), LYCKSELE));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (long requestId : requests) {
                Callable<Boolean> propose = () -> {
                    try {
                        callAs(kerstin, () -> matching.propose(requestId, eva), Roles.COORDINATOR);
                        return true;
                    } catch (RuleViolation full) {
                        assertThat(full).hasMessage("volunteering.rule.volunteer-full");
                        return false;
                    }
                };
                attempts.add(pool.submit(propose));
            }
            int proposed = 0;
            for (Future<Boolean> attempt : attempts) {
                proposed += attempt.get() ? 1 : 0;
            }
            assertThat(proposed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from volunteer_match where volunteer_id = ? and status = 'PROPOSED'").param(eva)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void coordinatorsWorkOnlyInTheirAreas() {
        long umea = coordinator(UMEA);
        long skelleftea = coordinator(SKELLEFTEA);
        long eva = volunteer("Eva", UMEA, 1);
        long requestId = request(person("Amina", Roles.PARTICIPANT), UMEA);
        as(skelleftea, () -> {
            assertThat(matching.queue()).extracting(queued -> queued.request().id()).doesNotContain(requestId);
            assertThat(volunteers.inMyAreas()).extracting(overview -> overview.candidate().accountId()).doesNotContain(eva);
            assertThatThrownBy(() -> matching.suggestions(requestId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> volunteers.pause(eva)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> volunteers.recordVetting(eva, ProgrammeKind.LANGUAGE_FRIEND, Vetting.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }, Roles.COORDINATOR);
        as(umea, () -> assertThat(volunteers.inMyAreas()).extracting(overview -> overview.candidate().accountId()).contains(eva),
                Roles.COORDINATOR);
        assertThatThrownBy(() -> as(eva, () -> matching.queue(), Roles.VOLUNTEER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pausingAVolunteerWithdrawsTheirProposalsAndHidesContactDetails() {
        long kerstin = coordinator(UMEA);
        long eva = volunteer("Eva", UMEA, 2);
        vet(kerstin, eva, ProgrammeKind.LANGUAGE_FRIEND);
        long amina = person("Amina", Roles.PARTICIPANT);
        long yonas = person("Yonas", Roles.PARTICIPANT);
        long first = request(amina, UMEA);
        long second = request(yonas, UMEA);
        long active = callAs(kerstin, () -> matching.propose(first, eva), Roles.COORDINATOR);
        long proposed = callAs(kerstin, () -> matching.propose(second, eva), Roles.COORDINATOR);
        as(eva, () -> matching.accept(active), Roles.VOLUNTEER);
        as(amina, () -> matching.accept(active), Roles.PARTICIPANT);

        as(kerstin, () -> volunteers.pause(eva), Roles.COORDINATOR);
        as(amina, () -> assertThat(matching.mine().getFirst()).satisfies(match -> {
            assertThat(match.paused()).isTrue();
            assertThat(match.email()).isNull();
        }), Roles.PARTICIPANT);
        as(yonas, () -> assertThatThrownBy(() -> matching.accept(proposed)).hasMessage("volunteering.rule.not-proposed"),
                Roles.PARTICIPANT);
        as(kerstin, () -> {
            assertThat(matching.queue()).extracting(queued -> queued.request().id()).contains(second);
            assertThatThrownBy(() -> matching.propose(second, eva)).hasMessage("volunteering.rule.volunteer-paused");
        }, Roles.COORDINATOR);
    }

    @Test
    void quietMatchesGetRemindersAndFollowUpsOnceAndVolunteersHearBeforeTheirRecordCheckRunsOut() {
        long kerstin = coordinator(UMEA);
        long family = person("Familjen", Roles.PARTICIPANT);
        as(family, () -> volunteers.signUp(form(ProgrammeKind.CONTACT_FAMILY, UMEA, 1), true, SupportedLanguage.SWEDISH), Roles.PARTICIPANT);
        LocalDate today = LocalDate.now(clock.withZone(se.motesplats.shared.Zones.STOCKHOLM));
        as(kerstin, () -> volunteers.recordVetting(family, ProgrammeKind.CONTACT_FAMILY,
                new Vetting(today, today, today, today, RecordType.WORK_WITH_CHILDREN, today.plusDays(20))), Roles.COORDINATOR);
        long hodan = person("Hodan", Roles.PARTICIPANT);
        long requestId = callAs(hodan, () -> matching.ask(new RequestForm(ProgrammeKind.CONTACT_FAMILY, UMEA, Set.of(SpokenLanguage.SOMALI),
                Set.of(), Set.of(TimeSlot.WEEKEND), null, false, List.of(6)), true, SupportedLanguage.SOMALI), Roles.PARTICIPANT);
        long matchId = callAs(kerstin, () -> matching.propose(requestId, family), Roles.COORDINATOR);
        as(family, () -> matching.accept(matchId), Roles.VOLUNTEER);
        as(hodan, () -> matching.accept(matchId), Roles.PARTICIPANT);

        followUps.followUp();
        assertThat(notices("first-contact:" + matchId)).isZero();
        assertThat(notices("record-expires:" + family + ":%")).isEqualTo(1);

        backdate(matchId, Duration.ofDays(8));
        followUps.followUp();
        followUps.followUp();
        assertThat(notices("first-contact:" + matchId)).isEqualTo(1);
        assertThat(notices("follow-up:" + matchId + ":%")).isZero();
        assertThat(notices("record-expires:" + family + ":%")).as("once").isEqualTo(1);

        backdate(matchId, Duration.ofDays(32));
        followUps.followUp();
        assertThat(notices("follow-up:" + matchId + ":%")).isEqualTo(2);
        as(hodan, () -> {
            assertThat(matching.mine().getFirst().followUpDue()).isEqualTo(FollowUp.Round.ONE_MONTH);
            matching.answerFollowUp(matchId, FollowUp.Answer.NOT_MET);
            assertThat(matching.mine().getFirst().followUpDue()).as("answered").isNull();
        }, Roles.PARTICIPANT);
        as(kerstin, () -> assertThat(matching.openMatchesInMyAreas()).filteredOn(match -> match.id() == matchId).singleElement()
                .satisfies(match -> {
                    assertThat(match.firstContactOverdue()).isTrue();
                    assertThat(match.newcomerAnswer()).isEqualTo(FollowUp.Answer.NOT_MET);
                    assertThat(match.volunteerAnswer()).isNull();
                }), Roles.COORDINATOR);
        backdate(matchId, Duration.ofDays(370));
        followUps.followUp();
        assertThat(notices("period-over:" + matchId + ":%")).isEqualTo(2);
    }

    @Test
    void aCaseOfficerAsksForAVolunteerOnANewcomersBehalfOnlyInTheirAreas() {
        long omar = person("Omar", Roles.CASE_OFFICER);
        SystemActor.runAsAdministrator(() -> areas.setScope(omar, List.of(UMEA)));
        long newcomer = person("Selam", Roles.PARTICIPANT);
        long requestId = callAs(omar, () -> matching.refer(newcomer, wish(ProgrammeKind.REFUGEE_GUIDE, UMEA), SupportedLanguage.TIGRINYA),
                Roles.CASE_OFFICER);
        assertThat(consents.of(newcomer)).contains(ConsentPurpose.MATCHING);
        long kerstin = coordinator(UMEA);
        as(kerstin, () -> assertThat(matching.queue()).filteredOn(queued -> queued.request().id() == requestId).singleElement()
                .satisfies(queued -> assertThat(queued.request().referred()).isTrue()), Roles.COORDINATOR);
        assertThatThrownBy(() -> as(omar, () -> matching.refer(person("Dawit", Roles.PARTICIPANT), wish(ProgrammeKind.REFUGEE_GUIDE, GOTLAND),
                SupportedLanguage.TIGRINYA), Roles.CASE_OFFICER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(newcomer, () -> matching.refer(newcomer, wish(ProgrammeKind.MENTOR, UMEA), SupportedLanguage.TIGRINYA),
                Roles.PARTICIPANT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administratorsSetWhatAProgrammeAsksAndWhereItRuns() {
        Programme mentor = volunteers.programme(ProgrammeKind.MENTOR);
        long admin = person("Alva", Roles.ADMINISTRATOR);
        long kerstin = coordinator(LYCKSELE);
        long olle = person("Olle", Roles.PARTICIPANT);
        as(olle, () -> volunteers.signUp(form(ProgrammeKind.MENTOR, LYCKSELE, 1), true, SupportedLanguage.SWEDISH), Roles.PARTICIPANT);
        try {
            as(admin, () -> {
                assertThatThrownBy(() -> volunteers.configure(ProgrammeKind.MENTOR, Set.of(), 0, 6, Set.of()))
                        .hasMessage("volunteering.rule.commitment");
                volunteers.configure(ProgrammeKind.MENTOR, Set.of(Requirement.INTERVIEW), 4, 3, Set.of("12"));
            }, Roles.ADMINISTRATOR);
            assertThat(volunteers.programme(ProgrammeKind.MENTOR)).satisfies(changed -> {
                assertThat(changed.requirements()).containsExactly(Requirement.INTERVIEW);
                assertThat(changed.meetEveryWeeks()).isEqualTo(4);
                assertThat(changed.runsIn(LYCKSELE)).isFalse();
            });
            long amina = person("Amina", Roles.PARTICIPANT);
            assertThatThrownBy(() -> as(amina, () -> matching.ask(wish(ProgrammeKind.MENTOR, LYCKSELE), true, SupportedLanguage.ARABIC),
                    Roles.PARTICIPANT)).hasMessage("volunteering.rule.programme-not-here");
            as(kerstin, () -> assertThat(volunteers.inMyAreas()).filteredOn(v -> v.candidate().accountId() == olle).singleElement()
                    .satisfies(v -> assertThat(v.programmes().getFirst().missing()).containsExactly(Requirement.INTERVIEW)),
                    Roles.COORDINATOR);
            assertThatThrownBy(() -> as(kerstin, () -> volunteers.configure(ProgrammeKind.MENTOR, Set.of(), 2, 6, Set.of()),
                    Roles.COORDINATOR)).isInstanceOf(AccessDeniedException.class);
        } finally {
            as(admin, () -> volunteers.configure(ProgrammeKind.MENTOR, mentor.requirements(), mentor.meetEveryWeeks(), mentor.periodMonths(),
                    mentor.counties()), Roles.ADMINISTRATOR);
        }
    }

    private void backdate(long matchId, Duration ago) {
        jdbc.sql("update volunteer_match set active_since = ? where id = ?").params(clock.instant().minus(ago), matchId).update();
    }

    @Test
    void concernsReachOnlyCoordinatorsOfTheirAreaAndMayBeAnonymous() {
        long umea = coordinator(UMEA);
        long skelleftea = coordinator(SKELLEFTEA);
        long reporter = person("Reporter", Roles.PARTICIPANT);
        String about = "Familjen Berg " + UUID.randomUUID();
        as(reporter, () -> {
            assertThatThrownBy(() -> concerns.report(" ", "x", UMEA, false)).hasMessage("volunteering.rule.concern-empty");
            concerns.report(about, "Something felt wrong at the last visit.", UMEA, true);
        }, Roles.PARTICIPANT);
        as(skelleftea, () -> assertThat(concerns.open()).extracting(Concern::about).doesNotContain(about), Roles.COORDINATOR);
        as(umea, () -> {
            Concern concern = concerns.open().stream().filter(c -> c.about().equals(about)).findFirst().orElseThrow();
            assertThat(concern.reporterFirstName()).as("anonymous").isNull();
            concerns.handled(concern.id());
            assertThat(concerns.open()).extracting(Concern::about).doesNotContain(about);
        }, Roles.COORDINATOR);
        assertThatThrownBy(() -> as(reporter, () -> concerns.open(), Roles.PARTICIPANT)).isInstanceOf(AccessDeniedException.class);
    }
}
