package se.motesplats.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.people.Profile;
import se.motesplats.people.ProfileService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.signup.SignupService;
import se.motesplats.signup.SignupStatus;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;
import se.motesplats.volunteering.Fluency;
import se.motesplats.volunteering.LanguageSkill;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.ProgrammeKind;
import se.motesplats.volunteering.RecordType;
import se.motesplats.volunteering.RequestForm;
import se.motesplats.volunteering.SpokenLanguage;
import se.motesplats.volunteering.TimeSlot;
import se.motesplats.volunteering.VolunteerForm;
import se.motesplats.volunteering.VolunteerService;
import se.motesplats.volunteering.Vetting;

class PersonalDataModuleTest extends ModuleTestBase {

    /** Kalmar: no other test matches volunteers here. */
    private static final String KALMAR = "0880";

    @Autowired PersonalDataService personalData;
    @Autowired InactiveAccounts inactiveAccounts;
    @Autowired AccountService accounts;
    @Autowired ConsentService consents;
    @Autowired ProfileService profiles;
    @Autowired SignupService signups;
    @Autowired VolunteerService volunteers;
    @Autowired MatchingService matching;
    @Autowired AreaService areas;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired se.motesplats.notification.Notifications notifications;
    @Autowired se.motesplats.security.SignInService signIns;

    private String email(String firstName) {
        return firstName.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test";
    }

    private long person(String email, String firstName, String... roles) {
        return accounts.ensureAccount(email, firstName, SupportedLanguage.ARABIC, List.of(roles));
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void aPersonSeesAndDownloadsEverythingThenDeletingTheAccountLeavesOnlyAnonymousAttendance() {
        long activity = published.weekly("Språkkafé för dataexport", 1, false).activityId();
        String amalEmail = email("Amal");
        long amal = person(amalEmail, "Amal", Roles.PARTICIPANT);
        long berhane = person(email("Berhane"), "Berhane", Roles.PARTICIPANT);
        as(amal, () -> {
            consents.give(EnumSet.of(ConsentPurpose.TERMS_AND_PRIVACY, ConsentPurpose.BEING_CONTACTED), SupportedLanguage.ARABIC);
            profiles.save(new Profile(Set.of(SupportedLanguage.ARABIC), SwedishLevel.BEGINNER, "1281", Set.of(ActivityCategory.SPORT)));
            signups.signUp(activity, null, List.of());
        }, Roles.PARTICIPANT);
        as(berhane, () -> signups.signUp(activity, null, List.of()), Roles.PARTICIPANT);
        long meeting = jdbc.sql("select min(id) from occurrence where activity_id = ?").param(activity).query(Long.class).single();
        jdbc.sql("""
                insert into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                values (?, ?, ?, false, true, ?, 'QR')""").params(meeting, "p" + amal, amal, clock.instant()).update();
        List<Long> amalsNotices = jdbc.sql("select id from notification_delivery where recipient = ?").param(amalEmail).query(Long.class).list();
        assertThat(amalsNotices).as("the place confirmation went to Amal").isNotEmpty();

        List<PersonalDataPart> mine = callAs(amal, () -> personalData.mine(SupportedLanguage.SWEDISH), Roles.PARTICIPANT);
        assertThat(mine).extracting(PersonalDataPart::name).contains("account", "devices", "consents", "profile", "signups", "attendance");
        assertThat(mine.getFirst().records().getFirst()).containsEntry("email", amalEmail).containsEntry("first-name", "Amal");
        assertThat(part(mine, "signups")).singleElement().satisfies(signup -> {
            assertThat((String) signup.get("activity")).startsWith("Språkkafé för dataexport");
            assertThat(signup).containsEntry("status", "CONFIRMED");
        });
        assertThat(part(mine, "attendance")).singleElement().satisfies(row -> assertThat(row).containsEntry("present", true));
        assertThat(part(mine, "consents")).hasSize(2);
        String json = new String(callAs(amal, () -> personalData.mineAsJson(SupportedLanguage.SWEDISH), Roles.PARTICIPANT),
                StandardCharsets.UTF_8);
        assertThat(json).contains(amalEmail, "\"signups\"", "Språkkafé för dataexport", "\"BEING_CONTACTED\"");
        assertThat(callAs(berhane, () -> personalData.mine(SupportedLanguage.ARABIC), Roles.PARTICIPANT).toString())
                .as("nobody else's data").doesNotContain(amalEmail);

        as(amal, () -> personalData.eraseMe(), Roles.PARTICIPANT);

        assertThat(count("select count(*) from account where id = ?", amal)).isZero();
        assertThat(count("select count(*) from signup where account_id = ?", amal)).isZero();
        assertThat(count("select count(*) from consent where account_id = ?", amal)).isZero();
        assertThat(count("select count(*) from person_profile where account_id = ?", amal)).isZero();
        assertThat(jdbc.sql("select concat(recipient, arguments) from notification_delivery where id in (:ids)").param("ids", amalsNotices)
                .query(String.class).list()).as("no notice keeps the address or the name").containsOnly("-{}");
        assertThat(jdbc.sql("select account_id is null from attendance where occurrence_id = ? and attendee = ?")
                .params(meeting, "p" + amal).query(Boolean.class).single())
                .as("the check-in still counts for funding, linked to no one").isTrue();
        assertThat(callAs(berhane, () -> signups.mine(), Roles.PARTICIPANT)).singleElement()
                .satisfies(signup -> assertThat(signup.status()).as("the freed place went to the queue").isEqualTo(SignupStatus.CONFIRMED));
    }

    private static List<java.util.Map<String, Object>> part(List<PersonalDataPart> parts, String name) {
        return parts.stream().filter(part -> part.name().equals(name)).findFirst().orElseThrow().records();
    }

    private long activeMatch(long volunteer, long newcomer) {
        long coordinator = person(email("Kerstin"), "Kerstin", Roles.COORDINATOR);
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(KALMAR)));
        as(volunteer, () -> volunteers.signUp(new VolunteerForm(Set.of(ProgrammeKind.LANGUAGE_FRIEND), KALMAR,
                List.of(new LanguageSkill(SpokenLanguage.ARABIC, Fluency.WELL)), Set.of(ActivityCategory.SPORT), Set.of(TimeSlot.WEEKEND),
                null, false, List.of(), 1), true, SupportedLanguage.SWEDISH), Roles.PARTICIPANT);
        LocalDate today = LocalDate.now(clock.withZone(se.motesplats.shared.Zones.STOCKHOLM));
        as(coordinator, () -> volunteers.recordVetting(volunteer, ProgrammeKind.LANGUAGE_FRIEND,
                new Vetting(today, today, today, today, RecordType.WORK_WITH_CHILDREN, today.plusYears(1))), Roles.COORDINATOR);
        long request = callAs(newcomer, () -> matching.ask(new RequestForm(ProgrammeKind.LANGUAGE_FRIEND, KALMAR,
                Set.of(SpokenLanguage.ARABIC), Set.of(ActivityCategory.SPORT), Set.of(TimeSlot.WEEKEND), null, false, List.of()), true,
                SupportedLanguage.ARABIC), Roles.PARTICIPANT);
        long match = callAs(coordinator, () -> matching.propose(request, volunteer), Roles.COORDINATOR);
        as(volunteer, () -> matching.accept(match), Roles.VOLUNTEER);
        as(newcomer, () -> matching.accept(match), Roles.PARTICIPANT);
        return match;
    }

    @Test
    void aVolunteerWhoLeavesEndsTheirMatchAndTheNewcomerKeepsTheirPlaceInTheQueue() {
        long eva = person(email("Eva"), "Eva", Roles.PARTICIPANT);
        long amina = person(email("Amina"), "Amina", Roles.PARTICIPANT);
        long match = activeMatch(eva, amina);
        assertThat(part(callAs(eva, () -> personalData.mine(SupportedLanguage.SWEDISH), Roles.VOLUNTEER), "volunteering"))
                .extracting(record -> record.get("kind")).contains("volunteer", "programme", "match");

        as(eva, () -> personalData.eraseMe(), Roles.VOLUNTEER);

        assertThat(count("select count(*) from volunteer where account_id = ?", eva)).isZero();
        assertThat(jdbc.sql("select status from match_request where account_id = ?").param(amina).query(String.class).single())
                .isEqualTo("WAITING");
        assertThat(count("select count(*) from notification_delivery where once_key = ?", "volunteering:ended:" + match))
                .as("Amina is told").isEqualTo(1);
    }

    @Test
    void withdrawingConsentToMatchingPausesTheVolunteerAndClosesWaitingRequests() {
        long omar = person(email("Omar"), "Omar", Roles.PARTICIPANT);
        long hawa = person(email("Hawa"), "Hawa", Roles.PARTICIPANT);
        long waiting = person(email("Selam"), "Selam", Roles.PARTICIPANT);
        activeMatch(omar, hawa);
        callAs(waiting, () -> matching.ask(new RequestForm(ProgrammeKind.LANGUAGE_FRIEND, KALMAR, Set.of(SpokenLanguage.ARABIC),
                Set.of(), Set.of(TimeSlot.WEEKEND), null, false, List.of()), true, SupportedLanguage.ARABIC), Roles.PARTICIPANT);

        as(omar, () -> consents.withdraw(ConsentPurpose.MATCHING), Roles.VOLUNTEER);
        as(waiting, () -> consents.withdraw(ConsentPurpose.MATCHING), Roles.PARTICIPANT);
        as(hawa, () -> consents.withdraw(ConsentPurpose.MATCHING), Roles.PARTICIPANT);

        assertThat(count("select count(*) from volunteer where account_id = ? and paused_at is not null", omar)).isEqualTo(1);
        assertThat(jdbc.sql("select status from match_request where account_id = ?").param(waiting).query(String.class).single())
                .isEqualTo("CLOSED");
        assertThat(jdbc.sql("select status from match_request where account_id = ?").param(hawa).query(String.class).single())
                .as("an active match both agreed to goes on").isEqualTo("MATCHED");
    }

    @Test
    void accountsUnusedForTwoYearsAreErasedAfterTheWarningButStaffAccountsStay() {
        long gone = person(email("Faduma"), "Faduma", Roles.PARTICIPANT);
        long recent = person(email("Goran"), "Goran", Roles.PARTICIPANT);
        long staff = person(email("Lena"), "Lena", Roles.COORDINATOR);
        jdbc.sql("update account set created_at = ?, last_sign_in_at = ? where id in (?, ?)")
                .params(clock.instant().minus(Duration.ofDays(800)), clock.instant().minus(Duration.ofDays(740)), gone, staff).update();
        jdbc.sql("update account set created_at = ?, last_sign_in_at = ? where id = ?")
                .params(clock.instant().minus(Duration.ofDays(800)), clock.instant().minus(Duration.ofDays(600)), recent).update();
        // warned 31 days ago (ErasureWarningModuleTest follows a warning night by night)
        jdbc.sql("update account set erasure_warned_at = ? where id in (?, ?, ?)")
                .params(clock.instant().minus(Duration.ofDays(31)), gone, recent, staff).update();

        inactiveAccounts.eraseUnused();

        assertThat(count("select count(*) from account where id = ?", gone)).isZero();
        assertThat(count("select count(*) from account where id = ?", recent)).as("signed in within two years").isEqualTo(1);
        assertThat(count("select count(*) from account where id = ?", staff)).isEqualTo(1);
    }

    @Test
    void oldNoticesForgetTheirRecipientAndOldSignInCodesGo() {
        String email = email("Hiwet");
        long hiwet = person(email, "Hiwet", Roles.PARTICIPANT);
        signIns.requestCode(email, SupportedLanguage.TIGRINYA);
        jdbc.sql("""
                insert into notification_delivery (channel, recipient, language, template, arguments, status, next_attempt_at, created_at)
                values ('EMAIL', ?, 'ti', 'signup.notice.confirmed', '{"name":"Hiwet"}', 'SENT', ?, ?)""")
                .params(email, clock.instant(), clock.instant().minus(Duration.ofDays(40))).update();
        long old = jdbc.sql("select last_insert_id()").query(Long.class).single();
        jdbc.sql("update sign_in_code set created_at = ? where account_id = ?").params(clock.instant().minus(Duration.ofDays(2)), hiwet).update();

        notifications.forgetOld();
        signIns.forgetOldCodes();

        assertThat(jdbc.sql("select concat(recipient, arguments) from notification_delivery where id = ?").param(old).query(String.class)
                .single()).isEqualTo("-{}");
        assertThat(count("select count(*) from sign_in_code where account_id = ?", hiwet)).isZero();
    }
}
