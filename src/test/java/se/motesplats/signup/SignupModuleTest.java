package se.motesplats.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.motesplats.activity.ActivityService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.Storm;

@RecordApplicationEvents
class SignupModuleTest extends ModuleTestBase {

    @Autowired SignupService signups;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired ApplicationEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired se.motesplats.area.AreaService areas;
    @Autowired se.motesplats.testing.TestClock clock;

    private long person(String firstName) {
        return accounts.ensureAccount(firstName.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", firstName,
                SupportedLanguage.ARABIC, List.of());
    }

    private <T> T as(long accountId, Callable<T> work) {
        return callAs(accountId, work, Roles.PARTICIPANT);
    }

    @Test
    void placesGoFirstComeThenTheWaitingListMovesUpWhenSomeoneCancels() {
        long activity = published.weekly("Språkkafé", 2, false).activityId();
        long amal = person("Amal");
        long berhane = person("Berhane");
        long cawo = person("Cawo");
        long dilan = person("Dilan");

        SignupOutcome first = as(amal, () -> signups.signUp(activity, null, List.of()));
        SignupOutcome second = as(berhane, () -> signups.signUp(activity, null, List.of()));
        SignupOutcome third = as(cawo, () -> signups.signUp(activity, null, List.of()));
        SignupOutcome fourth = as(dilan, () -> signups.signUp(activity, null, List.of()));

        assertThat(List.of(first.status(), second.status(), third.status(), fourth.status()))
                .containsExactly(SignupStatus.CONFIRMED, SignupStatus.CONFIRMED, SignupStatus.WAITLISTED, SignupStatus.WAITLISTED);
        assertThat(third.waitingPosition()).isEqualTo(1);
        assertThat(fourth.waitingPosition()).isEqualTo(2);
        assertThat(as(amal, () -> signups.signUp(activity, null, List.of())).signupId())
                .as("signing up twice changes nothing").isEqualTo(first.signupId());

        as(berhane, () -> {
            signups.cancel(second.signupId());
            return null;
        });

        assertThat(events.stream(SignupEvents.PromotedFromWaitingList.class))
                .containsExactly(new SignupEvents.PromotedFromWaitingList(third.signupId(), activity, cawo));
        assertThat(as(cawo, () -> signups.mine())).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(SignupStatus.CONFIRMED);
            assertThat(mine.activityId()).isEqualTo(activity);
        });
        assertThat(as(dilan, () -> signups.mine())).singleElement().extracting(MySignup::waitingPosition).isEqualTo(1);
        assertThat(as(berhane, () -> signups.mine())).isEmpty();
    }

    @Test
    void companionsTakePlacesAndAFamilyThatDoesNotFitKeepsItsTurnWhileOthersFit() {
        long activity = published.weekly("Familjeträff", 3, false).activityId();
        long hodan = person("Hodan");
        long family = person("Yonas");
        long single = person("Zainab");

        SignupOutcome hodanFirst = as(hodan, () -> signups.signUp(activity, null, List.of(new Companion("Ayaan", 6))));
        SignupOutcome familyOfThree = as(family, () -> signups.signUp(activity, null,
                List.of(new Companion("Selam", 9), new Companion("Meron", 4))));
        SignupOutcome zainab = as(single, () -> signups.signUp(activity, null, List.of()));

        assertThat(hodanFirst.status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(familyOfThree.status()).as("three places needed, one free").isEqualTo(SignupStatus.WAITLISTED);
        assertThat(zainab.status()).as("the free place fits her, the family keeps its turn").isEqualTo(SignupStatus.CONFIRMED);

        as(hodan, () -> {
            signups.cancel(hodanFirst.signupId());
            return null;
        });
        assertThat(as(family, () -> signups.mine())).singleElement().extracting(MySignup::status)
                .as("two free, still too few").isEqualTo(SignupStatus.WAITLISTED);
        as(single, () -> {
            signups.cancel(zainab.signupId());
            return null;
        });
        assertThat(as(family, () -> signups.mine())).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(SignupStatus.CONFIRMED);
            assertThat(mine.companions()).extracting(Companion::firstName).containsExactly("Selam", "Meron");
        });
    }

    @Test
    void dropInActivitiesCountPlacesPerMeeting() {
        long activity = published.weekly("Öppen fotboll", 1, true).activityId();
        var meetings = activities.signupTerms(activity).orElseThrow().comingMeetings();
        long omar = person("Omar");
        long rahel = person("Rahel");

        assertThatThrownBy(() -> as(omar, () -> signups.signUp(activity, null, List.of())))
                .isInstanceOf(RuleViolation.class).hasMessage("signup.rule.choose-meeting");
        assertThat(as(omar, () -> signups.signUp(activity, meetings.get(0).id(), List.of())).status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(as(rahel, () -> signups.signUp(activity, meetings.get(0).id(), List.of())).status()).isEqualTo(SignupStatus.WAITLISTED);
        assertThat(as(rahel, () -> signups.signUp(activity, meetings.get(1).id(), List.of())).status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(as(rahel, () -> signups.mineFor(activity))).hasSize(2);
    }

    @Test
    void onlyPublishedActivitiesTakeSignUpsAndOnlyTheOwnerCancels() {
        long activity = published.weekly("Studiecirkel", 5, false).activityId();
        long owner = person("Nasrin");
        long other = person("Olga");
        SignupOutcome outcome = as(owner, () -> signups.signUp(activity, null, List.of()));

        assertThatThrownBy(() -> as(other, () -> {
            signups.cancel(outcome.signupId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(owner, () -> signups.signUp(-1, null, List.of())))
                .isInstanceOf(RuleViolation.class).hasMessage("signup.rule.not-open");
        assertThatThrownBy(() -> signups.signUp(activity, null, List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overlappingSignUpsAreReported() {
        long first = published.weekly("Kör", null, false).activityId();
        long second = published.weekly("Schack", null, false).activityId();
        long person = person("Parisa");
        as(person, () -> signups.signUp(first, null, List.of()));
        assertThat(as(person, () -> signups.signUp(second, null, List.of())).overlappingActivityIds()).containsExactly(first);
    }

    @Test
    void organisersSeeFirstNamesAndTheQueueAndMessageEveryoneComing() {
        var activity = published.weekly("Syjunta", 1, false);
        long first = person("Farida");
        long second = person("Goran");
        as(first, () -> signups.signUp(activity.activityId(), null, List.of(new Companion("Lina", 5))));
        as(second, () -> signups.signUp(activity.activityId(), null, List.of()));

        assertThatThrownBy(() -> as(first, () -> signups.participants(activity.activityId())))
                .isInstanceOf(AccessDeniedException.class);
        List<Participant> participants = as(activity.leaderId(), () -> signups.participants(activity.activityId()));
        assertThat(participants).extracting(Participant::firstName, Participant::status, Participant::companions,
                        Participant::waitingPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Farida", SignupStatus.WAITLISTED, 1, 1),
                        org.assertj.core.groups.Tuple.tuple("Goran", SignupStatus.CONFIRMED, 0, 0));

        long meeting = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst().id();
        assertThat(as(activity.leaderId(), () -> signups.message(activity.activityId(), meeting, ReadyMessage.RUNNING_LATE, null)))
                .isEqualTo(1);
        assertThatThrownBy(() -> as(activity.leaderId(), () -> signups.message(activity.activityId(), meeting,
                ReadyMessage.ROOM_CHANGED, " "))).isInstanceOf(RuleViolation.class).hasMessage("signup.rule.room-needed");
        assertThatThrownBy(() -> as(second, () -> signups.message(activity.activityId(), meeting, ReadyMessage.SEE_YOU, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void placesKeptForReferralsGoOnlyToNewcomersACaseOfficerRefers() {
        var activity = published.weekly("Introduktionskurs", 2, false);
        long caseOfficer = accounts.ensureAccount("handlaggare-" + UUID.randomUUID() + "@motesplats.test", "Hanna",
                SupportedLanguage.SWEDISH, List.of(Roles.CASE_OFFICER));
        se.motesplats.security.SystemActor.runAsAdministrator(() -> areas.setScope(caseOfficer, List.of("1281")));
        as(activity.leaderId(), () -> {
            assertThatThrownBy(() -> signups.keepForReferrals(activity.activityId(), 3)).isInstanceOf(RuleViolation.class);
            signups.keepForReferrals(activity.activityId(), 1);
            return null;
        });
        long self = person("Sami");
        long other = person("Tove");
        long referred = person("Warsan");
        assertThat(as(self, () -> signups.signUp(activity.activityId(), null, List.of())).status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(as(other, () -> signups.signUp(activity.activityId(), null, List.of())).status())
                .as("the last place is kept").isEqualTo(SignupStatus.WAITLISTED);

        AtomicReference<SignupOutcome> outcome = new AtomicReference<>();
        runAs(caseOfficer, () -> outcome.set(signups.refer(activity.activityId(), null, referred, true)), Roles.CASE_OFFICER);
        assertThat(outcome.get().status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThatThrownBy(() -> as(other, () -> signups.refer(activity.activityId(), null, other, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(activity.leaderId(), () -> signups.participants(activity.activityId())))
                .filteredOn(Participant::referred).extracting(Participant::firstName).containsExactly("Warsan");
    }

    @Test
    void aPlaceFreedFromTheQueueWaitsForAYesAndThenMovesOn() {
        long activity = published.weekly("Kvällskurs", 1, false).activityId();
        long first = person("Elif");
        long second = person("Fatma");
        long third = person("Gul");
        SignupOutcome firstPlace = as(first, () -> signups.signUp(activity, null, List.of()));
        as(second, () -> signups.signUp(activity, null, List.of()));
        as(third, () -> signups.signUp(activity, null, List.of()));
        as(first, () -> {
            signups.cancel(firstPlace.signupId());
            return null;
        });
        MySignup offered = as(second, () -> signups.mineFor(activity)).getFirst();
        assertThat(offered.offered()).isTrue();
        assertThat(offered.status()).as("the place is held for her").isEqualTo(SignupStatus.CONFIRMED);

        clock.advance(java.time.Duration.ofHours(25));
        signups.withdrawExpiredOffers();

        assertThat(as(second, () -> signups.mineFor(activity))).isEmpty();
        MySignup next = as(third, () -> signups.mineFor(activity)).getFirst();
        assertThat(next.offered()).isTrue();
        as(third, () -> {
            signups.acceptOffer(next.signupId());
            return null;
        });
        clock.advance(java.time.Duration.ofHours(25));
        signups.withdrawExpiredOffers();
        assertThat(as(third, () -> signups.mineFor(activity))).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(SignupStatus.CONFIRMED);
            assertThat(mine.offered()).isFalse();
        });
    }

    @Test
    void childrenWhoComeAlongMustFitTheAgesOfTheActivity() {
        long activity = published.weekly("Barnkör", null, false, new se.motesplats.activity.AgeRange(6, 12)).activityId();
        long parent = person("Nour");
        assertThatThrownBy(() -> as(parent, () -> signups.signUp(activity, null, List.of(new Companion("Adam", 3)))))
                .isInstanceOf(RuleViolation.class).hasMessage("signup.rule.companion-age-limit");
        assertThat(as(parent, () -> signups.signUp(activity, null, List.of(new Companion("Lea", 8)))).status())
                .isEqualTo(SignupStatus.CONFIRMED);
        assertThatThrownBy(() -> new se.motesplats.activity.AgeRange(12, 6)).isInstanceOf(RuleViolation.class);
    }

    /** The storm: 200 people at once for 20 places, and everyone twice from two threads. */
    @Test
    void twoHundredConcurrentSignUpsFillExactlyTheCapacityAndQueueTheRestInArrivalOrder() throws Exception {
        long activity = published.weekly("Populär kurs", 20, false).activityId();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(person("P" + i));
        }
        List<Callable<SignupOutcome>> attempts = new ArrayList<>();
        for (long person : people) {
            attempts.add(() -> as(person, () -> signups.signUp(activity, null, List.of())));
            attempts.add(() -> as(person, () -> signups.signUp(activity, null, List.of())));
        }
        Storm.fire(attempts);

        record Row(long accountId, String status, long places) {
        }
        List<Row> rows = jdbc.sql("select account_id, status, places from signup where activity_id = :activity order by queued_at, id")
                .param("activity", activity).query(Row.class).list();
        assertThat(rows).hasSize(200);
        assertThat(rows.stream().map(Row::accountId).distinct()).hasSize(200);
        assertThat(rows.stream().filter(row -> row.status().equals("CONFIRMED"))).hasSize(20);
        assertThat(rows.stream().filter(row -> row.status().equals("WAITLISTED"))).hasSize(180);
        assertThat(jdbc.sql("select taken from signup_places where activity_id = :activity and occurrence_id = 0")
                .param("activity", activity).query(Integer.class).single()).isEqualTo(20);
        assertThat(rows.subList(0, 20)).as("the first twenty to arrive got the places")
                .allMatch(row -> row.status().equals("CONFIRMED"));
    }
}
