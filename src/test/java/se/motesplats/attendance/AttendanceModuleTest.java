package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.shared.RuleViolation;
import se.motesplats.signup.Companion;
import se.motesplats.signup.SignupService;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.Storm;
import se.motesplats.testing.TestClock;

class AttendanceModuleTest extends ModuleTestBase {

    @Autowired AttendanceService attendance;
    @Autowired SignupService signups;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    /** An activity with its first meeting about to start (the clock is moved there) and people signed up to it. */
    private record Meeting(PublishedActivities.Published activity, OccurrenceView occurrence, List<Long> people) {

        long id() {
            return occurrence.id();
        }
    }

    private Meeting meetingWith(int signedUp) {
        PublishedActivities.Published activity = published.weekly("Språkkafé", 40, false);
        OccurrenceView first = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst();
        List<Long> people = IntStream.range(0, signedUp).mapToObj(i -> person("Deltagare" + i)).toList();
        for (long person : people) {
            as(person, () -> signups.signUp(activity.activityId(), null, List.of()), Roles.PARTICIPANT);
        }
        clock.advance(Duration.between(clock.instant(), first.startsAt().plus(Duration.ofMinutes(5))));
        return new Meeting(activity, first, people);
    }

    private long person(String firstName) {
        return accounts.ensureAccount(firstName.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", firstName,
                SupportedLanguage.TIGRINYA, List.of(Roles.PARTICIPANT));
    }

    private <T> T asLeader(Meeting meeting, Callable<T> work) {
        return call(meeting.activity().leaderId(), work, Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);
    }

    private static <T> T call(long accountId, Callable<T> work, String... roles) {
        return callAs(accountId, work, roles);
    }

    private static Mark present(Meeting meeting, long person, Instant at) {
        return new Mark(UUID.randomUUID(), meeting.id(), Attendee.person(person).key(), Mark.Kind.PRESENT, at, false, null);
    }

    private static Mark undo(Mark mark, Instant at) {
        return new Mark(UUID.randomUUID(), mark.meetingId(), mark.attendee(), Mark.Kind.UNDO, at, mark.leader(), mark.walkInName());
    }

    private Map<String, Object> stored(Meeting meeting) {
        return jdbc.sql("""
                select count(*) as rows_present, (select count(*) from attendance_mark where occurrence_id = :meeting) as marks
                from attendance where occurrence_id = :meeting and present""")
                .param("meeting", meeting.id()).query().singleRow();
    }

    @Test
    void theSameBatchThreeTimesAndASecondPhoneLeaveEachPersonCheckedInOnceAtTheEarliestTime() throws Exception {
        Meeting meeting = meetingWith(10);
        Instant start = meeting.occurrence().startsAt();
        List<Mark> phoneA = meeting.people().stream().map(person -> present(meeting, person, start.plusSeconds(120))).toList();
        // the second phone marked the first six a minute earlier, offline, with its own ids
        List<Mark> phoneB = meeting.people().subList(0, 6).stream().map(person -> present(meeting, person, start.plusSeconds(60))).toList();

        List<Callable<Object>> sends = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            sends.add(() -> asLeader(meeting, () -> attendance.sync(phoneA)));
            sends.add(() -> asLeader(meeting, () -> attendance.sync(phoneB)));
        }
        Storm.fire(sends);

        assertThat(stored(meeting)).containsEntry("rows_present", 10L).containsEntry("marks", 16L);
        RollCall rollCall = asLeader(meeting, () -> attendance.rollCall(meeting.id(), SupportedLanguage.SWEDISH));
        assertThat(rollCall.present()).isEqualTo(10);
        assertThat(rollCall.entries()).filteredOn(entry -> entry.group() == RollCallEntry.Group.SIGNED_UP)
                .extracting(RollCallEntry::checkedInAt)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 10)
                        .mapToObj(i -> i < 6 ? start.plusSeconds(60) : start.plusSeconds(120)).toList());
        assertThat(asLeader(meeting, () -> attendance.sync(phoneA)))
                .extracting(SyncOutcome::result).containsOnly(SyncOutcome.Result.ALREADY_STORED);
    }

    @Test
    void anUndoHoldsAgainstOlderMarksInAnyOrderAndALaterMarkBringsThePersonBack() {
        Meeting meeting = meetingWith(1);
        long person = meeting.people().getFirst();
        Instant start = meeting.occurrence().startsAt();
        Mark first = present(meeting, person, start.plusSeconds(10));
        Mark fromOtherPhone = present(meeting, person, start.plusSeconds(20));
        Mark undone = undo(first, start.plusSeconds(30));

        asLeader(meeting, () -> attendance.sync(List.of(undone)));
        asLeader(meeting, () -> attendance.sync(List.of(fromOtherPhone, first)));
        asLeader(meeting, () -> attendance.sync(List.of(first)));
        assertThat(stored(meeting)).containsEntry("rows_present", 0L);

        asLeader(meeting, () -> attendance.sync(List.of(present(meeting, person, start.plusSeconds(40)))));
        RollCall rollCall = asLeader(meeting, () -> attendance.rollCall(meeting.id(), SupportedLanguage.SWEDISH));
        assertThat(rollCall.entries()).filteredOn(entry -> entry.attendee().equals("p" + person))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.present()).isTrue();
                    assertThat(entry.checkedInAt()).isEqualTo(start.plusSeconds(40));
                    assertThat(entry.method()).isEqualTo(CheckInMethod.ROLL_CALL);
                });
    }

    @Test
    void theRollCallListsLeadersPeopleCompanionsAndWalkInsWithLiveCountsAndTheLeaderRatio() {
        PublishedActivities.Published activity = published.weekly("Familjeträff", 40, false);
        OccurrenceView occurrence = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst();
        long mother = person("Hanna");
        as(mother, () -> signups.signUp(activity.activityId(), null, List.of(new Companion("Sara", 6))), Roles.PARTICIPANT);
        long away = person("Bilal");
        as(away, () -> signups.signUp(activity.activityId(), null, List.of()), Roles.PARTICIPANT);
        // "I can't come this time" in My activities
        as(away, () -> signups.cannotComeTo(signups.mineFor(activity.activityId()).getFirst().signupId(), occurrence.id()),
                Roles.PARTICIPANT);
        clock.advance(Duration.between(clock.instant(), occurrence.startsAt()));
        Meeting meeting = new Meeting(activity, occurrence, List.of(mother));
        Instant now = clock.instant();
        UUID walkIn = UUID.randomUUID();
        List<Mark> marks = new ArrayList<>();
        marks.add(present(meeting, mother, now));
        marks.add(new Mark(UUID.randomUUID(), meeting.id(), "c" + signupOf(meeting, mother) + ".0", Mark.Kind.PRESENT, now, false, null));
        marks.add(new Mark(UUID.randomUUID(), meeting.id(), Attendee.walkIn(walkIn).key(), Mark.Kind.PRESENT, now, false, "Yonas"));
        List<SyncOutcome> outcomes = asLeader(meeting, () -> attendance.sync(marks));
        assertThat(outcomes).extracting(SyncOutcome::result).containsOnly(SyncOutcome.Result.STORED);

        RollCall rollCall = asLeader(meeting, () -> attendance.rollCall(meeting.id(), SupportedLanguage.SWEDISH));
        assertThat(rollCall.entries()).extracting(RollCallEntry::name, RollCallEntry::group, RollCallEntry::present).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lena", RollCallEntry.Group.LEADER, false),
                org.assertj.core.groups.Tuple.tuple("Hanna", RollCallEntry.Group.SIGNED_UP, true),
                org.assertj.core.groups.Tuple.tuple("Sara", RollCallEntry.Group.COMPANION, true),
                org.assertj.core.groups.Tuple.tuple("Bilal", RollCallEntry.Group.SIGNED_UP, false),
                org.assertj.core.groups.Tuple.tuple("Yonas", RollCallEntry.Group.WALK_IN, true));
        assertThat(rollCall.entries()).filteredOn(RollCallEntry::saidCannotCome).extracting(RollCallEntry::name)
                .containsExactly("Bilal");
        assertThat(rollCall.present()).isEqualTo(3);
        assertThat(rollCall.signedUp()).isEqualTo(3);
        assertThat(rollCall.leaderRatioHolds()).as("three participants and no leader present").isFalse();

        asLeader(meeting, () -> attendance.sync(List.of(new Mark(UUID.randomUUID(), meeting.id(),
                Attendee.person(activity.leaderId()).key(), Mark.Kind.PRESENT, now, true, null))));
        RollCall withLeader = asLeader(meeting, () -> attendance.rollCall(meeting.id(), SupportedLanguage.SWEDISH));
        assertThat(withLeader.leadersPresent()).isEqualTo(1);
        assertThat(withLeader.leaderRatioHolds()).isTrue();
    }

    private long signupOf(Meeting meeting, long person) {
        return jdbc.sql("select id from signup where activity_id = :activity and account_id = :person")
                .param("activity", meeting.activity().activityId()).param("person", person).query(Long.class).single();
    }

    @Test
    void marksForStrangersWalkInsWithoutANameAndOtherAssociationsMeetingsAreRefused() {
        Meeting meeting = meetingWith(1);
        Meeting other = new Meeting(published.weekly("Annan förening", 10, false), meeting.occurrence(), List.of());
        long stranger = person("Okänd");
        Instant now = clock.instant();
        List<SyncOutcome> outcomes = asLeader(meeting, () -> attendance.sync(List.of(
                present(meeting, stranger, now),
                new Mark(UUID.randomUUID(), meeting.id(), Attendee.walkIn(UUID.randomUUID()).key(), Mark.Kind.PRESENT, now, false, " "),
                new Mark(UUID.randomUUID(), meeting.id(), "p1; drop table attendance", Mark.Kind.PRESENT, now, false, null),
                // a companion the sign-up does not have (it was for one person)
                new Mark(UUID.randomUUID(), meeting.id(), Attendee.companion(signupOf(meeting, meeting.people().getFirst()), 0).key(),
                        Mark.Kind.PRESENT, now, false, null))));
        assertThat(outcomes).extracting(SyncOutcome::reason).containsExactly("attendance.rule.unknown-person",
                "attendance.rule.walk-in-name", "attendance.rule.unknown-person", "attendance.rule.unknown-person");

        long otherMeeting = activities.signupTerms(other.activity().activityId()).orElseThrow().comingMeetings().getFirst().id();
        assertThat(call(meeting.activity().leaderId(), () -> attendance.sync(List.of(new Mark(UUID.randomUUID(), otherMeeting,
                Attendee.person(meeting.people().getFirst()).key(), Mark.Kind.PRESENT, now, false, null))),
                Roles.ORGANISATION_MEMBER)).extracting(SyncOutcome::reason).containsExactly("attendance.rule.not-your-meeting");
        assertThatThrownBy(() -> call(meeting.activity().leaderId(), () -> attendance.rollCall(otherMeeting, SupportedLanguage.SWEDISH),
                Roles.ORGANISATION_MEMBER)).isInstanceOf(AccessDeniedException.class);
        assertThat(stored(meeting)).containsEntry("rows_present", 0L);
    }

    @Test
    void leadersCorrectOnTheMeetingDayOnlyAndAdministratorsLater() {
        Meeting meeting = meetingWith(1);
        Mark mark = present(meeting, meeting.people().getFirst(), clock.instant());
        asLeader(meeting, () -> attendance.sync(List.of(mark)));
        clock.advance(Duration.ofDays(1));

        assertThat(asLeader(meeting, () -> attendance.sync(List.of(undo(mark, clock.instant())))))
                .extracting(SyncOutcome::reason).containsExactly("attendance.rule.outside-meeting-day");
        assertThat(asLeader(meeting, () -> attendance.sync(List.of(present(meeting, meeting.people().getFirst(),
                meeting.occurrence().startsAt().plusSeconds(5)))))).as("a phone that was offline until the next day still delivers")
                .extracting(SyncOutcome::result).containsExactly(SyncOutcome.Result.STORED);
        assertThat(call(person("Admin"), () -> attendance.sync(List.of(undo(mark, clock.instant()))), Roles.ADMINISTRATOR))
                .extracting(SyncOutcome::result).containsExactly(SyncOutcome.Result.STORED);
        assertThat(stored(meeting)).containsEntry("rows_present", 0L).containsEntry("marks", 3L);
    }

    @Test
    void aPhoneWhoseClockIsADayBehindStillDeliversItsMarksAtTheRightTime() {
        Meeting meeting = meetingWith(1);
        Instant phoneNow = clock.instant().minus(Duration.ofDays(1)).plusSeconds(37);
        Mark tappedTenMinutesAgo = present(meeting, meeting.people().getFirst(), phoneNow.minus(Duration.ofMinutes(10)));
        assertThat(asLeader(meeting, () -> attendance.sync(List.of(tappedTenMinutesAgo), phoneNow)))
                .extracting(SyncOutcome::result).containsExactly(SyncOutcome.Result.STORED);
        assertThat(asLeader(meeting, () -> attendance.rollCall(meeting.id(), SupportedLanguage.SWEDISH)).entries())
                .filteredOn(RollCallEntry::present).singleElement()
                .extracting(RollCallEntry::checkedInAt).isEqualTo(clock.instant().minus(Duration.ofMinutes(10)));
    }

    @Test
    void aScannedCodeStaysHonouredForTenMinutesWhileThePersonSignsIn() {
        Meeting meeting = meetingWith(0);
        CheckInCode code = asLeader(meeting, () -> attendance.codeFor(meeting.id()));
        Scan scan = attendance.scanned(code.token()).orElseThrow();
        clock.advance(Duration.ofMinutes(9));
        assertThat(attendance.scanned(code.token())).as("the screen has moved on").isEmpty();

        long newcomer = person("Amal");
        CheckedIn checkedIn = call(newcomer, () -> attendance.checkIn(scan), Roles.PARTICIPANT);
        assertThat(checkedIn.at()).isEqualTo(scan.scannedAt());
        assertThat(checkedIn.already()).isFalse();
        assertThat(call(newcomer, () -> attendance.checkIn(scan), Roles.PARTICIPANT).already()).isTrue();

        Scan late = attendance.scanned(asLeader(meeting, () -> attendance.codeFor(meeting.id())).token()).orElseThrow();
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThatThrownBy(() -> call(person("Sen"), () -> attendance.checkIn(late), Roles.PARTICIPANT))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.translationKey()).isEqualTo("attendance.rule.scan-expired"));
        RollCall rollCall = asLeader(meeting, () -> attendance.rollCall(meeting.id(), SupportedLanguage.SWEDISH));
        assertThat(rollCall.entries()).filteredOn(RollCallEntry::present).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("Amal");
            assertThat(entry.group()).isEqualTo(RollCallEntry.Group.WALK_IN);
            assertThat(entry.method()).isEqualTo(CheckInMethod.QR);
        });
    }

    @Test
    void theShortCodeCanBeTypedInArabicDigitsAndOnlyWhileTheMeetingIsOpen() {
        Meeting meeting = meetingWith(0);
        String code = asLeader(meeting, () -> attendance.codeFor(meeting.id())).shortCode();
        String arabic = code.chars().mapToObj(digit -> String.valueOf((char) ('٠' + digit - '0'))).reduce("", String::concat);
        assertThat(attendance.typed(arabic)).map(Scan::meetingId).contains(meeting.id());
        assertThat(attendance.typed(code.substring(0, 3) + " " + code.substring(3))).map(Scan::method).contains(CheckInMethod.CODE);
        clock.advance(Duration.ofHours(5));
        assertThat(attendance.typed(asLeader(meeting, () -> attendance.codeFor(meeting.id())).shortCode()))
                .as("three hours after the meeting ended").isEmpty();
    }

    private static Mark walkIn(Meeting meeting, UUID walkIn, String name, Instant at, String contact) {
        return new Mark(UUID.randomUUID(), meeting.id(), Attendee.walkIn(walkIn).key(), Mark.Kind.PRESENT, at, false, name,
                new WalkInRegistration(contact, SupportedLanguage.TIGRINYA, "2026-11-23", SupportedLanguage.ARABIC));
    }

    private int welcomesTo(String email) {
        return jdbc.sql("select count(*) from notification_delivery where template = :template and recipient = :email")
                .param("template", WalkInAccounts.WELCOME).param("email", email).query(Integer.class).single();
    }

    @Test
    void aWalkInWithAnEmailBecomesOneParticipantHoweverOftenTheBatchComesAndFromHowManyPhones() throws Exception {
        Meeting meeting = meetingWith(2);
        Instant start = meeting.occurrence().startsAt();
        String email = "amanuel-" + UUID.randomUUID() + "@motesplats.test";
        // two leaders' phones each added him, offline, with their own ids; one phone also added someone by name only
        List<Mark> phoneA = List.of(walkIn(meeting, UUID.randomUUID(), "Amanuel", start.plusSeconds(120), email),
                new Mark(UUID.randomUUID(), meeting.id(), Attendee.walkIn(UUID.randomUUID()).key(), Mark.Kind.PRESENT,
                        start.plusSeconds(130), false, "Yonas"));
        List<Mark> phoneB = List.of(walkIn(meeting, UUID.randomUUID(), "Amanuel", start.plusSeconds(60), " " + email + " "));
        assertThat(jdbc.sql("select count(*) from notification_delivery where recipient = :email").param("email", email)
                .query(Integer.class).single()).as("nothing is sent before the sync").isZero();

        List<Callable<Object>> sends = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            sends.add(() -> asLeader(meeting, () -> attendance.sync(phoneA)));
            sends.add(() -> asLeader(meeting, () -> attendance.sync(phoneB)));
        }
        Storm.fire(sends);

        long amanuel = jdbc.sql("select account_id from attendance where occurrence_id = :meeting and walk_in_name = 'Amanuel'")
                .param("meeting", meeting.id()).query(Long.class).single();
        assertThat(stored(meeting)).as("one check-in each for Amanuel and Yonas; every mark stored once")
                .containsEntry("rows_present", 2L).containsEntry("marks", 3L);
        assertThat(accounts.contactOf(amanuel)).hasValueSatisfying(contact -> {
            assertThat(contact.email()).isEqualTo(email);
            assertThat(contact.language()).isEqualTo(SupportedLanguage.TIGRINYA);
        });
        assertThat(call(meeting.activity().leaderId(), () -> accounts.registerAtTheDoor(email, "Amanuel", SupportedLanguage.SWEDISH),
                Roles.ACTIVITY_LEADER)).as("the address has one account").hasValue(new AccountService.DoorRegistration(amanuel, false));
        assertThat(welcomesTo(email)).isEqualTo(1);
        assertThat(jdbc.sql("select purpose, version, language, given_by from consent where account_id = :account")
                .param("account", amanuel).query().listOfRows()).singleElement()
                .isEqualTo(Map.of("purpose", "TERMS_AND_PRIVACY", "version", "2026-11-23", "language", "ar",
                        "given_by", meeting.activity().leaderId()));

        RollCall rollCall = asLeader(meeting, () -> attendance.rollCall(meeting.id(), SupportedLanguage.SWEDISH));
        assertThat(rollCall.entries()).filteredOn(entry -> entry.group() == RollCallEntry.Group.WALK_IN)
                .extracting(RollCallEntry::attendee, RollCallEntry::present, RollCallEntry::checkedInAt, RollCallEntry::method)
                .contains(org.assertj.core.groups.Tuple.tuple(Attendee.person(amanuel).key(), true, start.plusSeconds(60),
                        CheckInMethod.WALK_IN));
        assertThat(rollCall.present()).isEqualTo(2);
    }

    @Test
    void aWalkInWhoseContactIsKnownIsThatPersonUnwelcomedAndTheLeaderSeesOnlyWhatTheyTyped() {
        Meeting meeting = meetingWith(0);
        String email = "rahel-" + UUID.randomUUID() + "@motesplats.test";
        long rahel = accounts.ensureAccount(email, "Rahel Tesfay", SupportedLanguage.SOMALI, List.of(Roles.PARTICIPANT));
        Instant now = clock.instant();
        String newEmail = "ny-" + UUID.randomUUID() + "@motesplats.test";

        List<SyncOutcome> outcomes = asLeader(meeting, () -> attendance.sync(List.of(walkIn(meeting, UUID.randomUUID(), "R.", now, email),
                walkIn(meeting, UUID.randomUUID(), "Ny", now, newEmail),
                walkIn(meeting, UUID.randomUUID(), "Selam", now, "not an address"))));

        assertThat(outcomes).as("known or new, the phone is told the same").extracting(SyncOutcome::result, SyncOutcome::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SyncOutcome.Result.STORED, null),
                        org.assertj.core.groups.Tuple.tuple(SyncOutcome.Result.STORED, null),
                        org.assertj.core.groups.Tuple.tuple(SyncOutcome.Result.STORED, "attendance.rule.walk-in-contact"));
        assertThat(welcomesTo(email)).as("an existing account is not welcomed").isZero();
        assertThat(welcomesTo(newEmail)).isEqualTo(1);
        assertThat(accounts.contactOf(rahel)).hasValueSatisfying(contact ->
                assertThat(contact.language()).as("left as it was").isEqualTo(SupportedLanguage.SOMALI));
        RollCall rollCall = asLeader(meeting, () -> attendance.rollCall(meeting.id(), SupportedLanguage.SWEDISH));
        assertThat(rollCall.entries()).filteredOn(entry -> entry.group() == RollCallEntry.Group.WALK_IN)
                .extracting(RollCallEntry::name).containsExactlyInAnyOrder("R.", "Ny", "Selam").doesNotContain("Rahel Tesfay");
        assertThat(rollCall.entries()).filteredOn(entry -> entry.name().equals("R.")).extracting(RollCallEntry::attendee)
                .containsExactly(Attendee.person(rahel).key());
        assertThat(rollCall.entries()).filteredOn(entry -> entry.name().equals("Selam")).extracting(RollCallEntry::attendee)
                .allSatisfy(key -> assertThat(key).as("counted by name, without the contact").startsWith("w"));
    }
}
