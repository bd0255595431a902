package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.privacy.ConsentService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

class ParticipationModuleTest extends ModuleTestBase {

    @Autowired ParticipationService participation;
    @Autowired ParticipationCertificate certificate;
    @Autowired AccountService accounts;
    @Autowired ConsentService consents;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long person(String name, String... roles) {
        return accounts.ensureAccount(name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", name, SupportedLanguage.ARABIC,
                List.of(roles));
    }

    /** Three meetings moved into the past weeks; the person was at the first and the last. */
    private long attendedTwoOfThree(long person) {
        long activity = published.weekly("Läxhjälp för intyg", 20, false).activityId();
        List<Long> meetings = jdbc.sql("select id from occurrence where activity_id = ? order by starts_at limit 3").param(activity)
                .query(Long.class).list();
        for (int week = 0; week < 3; week++) {
            Instant start = clock.instant().minus(Duration.ofDays(7L * (3 - week)));
            jdbc.sql("update occurrence set starts_at = ?, ends_at = ? where id = ?").params(start, start.plus(Duration.ofHours(2)),
                    meetings.get(week)).update();
        }
        for (long meeting : List.of(meetings.get(0), meetings.get(2))) {
            jdbc.sql("insert into attendance (occurrence_id, attendee, account_id, present, checked_in_at, method) values (?, ?, ?, true, ?, 'QR')")
                    .params(meeting, "p" + person, person, clock.instant()).update();
        }
        return activity;
    }

    @Test
    void aPersonSeesHowOftenTheyCameAndDownloadsACertificateInSwedishAndTheirLanguage() throws Exception {
        long rahel = person("Rahel", Roles.PARTICIPANT);
        long activity = attendedTwoOfThree(rahel);

        List<ParticipationService.Participation> mine = callAs(rahel, () -> participation.mine(SupportedLanguage.SWEDISH), Roles.PARTICIPANT);
        assertThat(mine).singleElement().satisfies(line -> {
            assertThat(line.activityId()).isEqualTo(activity);
            assertThat(line.attended()).isEqualTo(2);
            assertThat(line.held()).isEqualTo(3);
            assertThat(line.ratePercent()).isEqualTo(67);
        });

        for (SupportedLanguage language : List.of(SupportedLanguage.ARABIC, SupportedLanguage.TIGRINYA, SupportedLanguage.UKRAINIAN)) {
            byte[] pdf = callAs(rahel, () -> certificate.mine(language), Roles.PARTICIPANT);
            PdfReader reader = new PdfReader(pdf);
            assertThat(reader.getNumberOfPages()).as("Swedish, then " + language).isEqualTo(2);
            reader.close();
        }
        byte[] swedishOnly = callAs(rahel, () -> certificate.mine(SupportedLanguage.SWEDISH), Roles.PARTICIPANT);
        assertThat(new PdfReader(swedishOnly).getNumberOfPages()).isEqualTo(1);
    }

    @Test
    void aCaseOfficerSeesOnlyPeopleTheyReferredWhoAgreedToShare() {
        long caseOfficer = person("Hanna", Roles.CASE_OFFICER);
        long shares = person("Yonas", Roles.PARTICIPANT);
        long doesNot = person("Zahra", Roles.PARTICIPANT);
        long notReferred = person("Omid", Roles.PARTICIPANT);
        long activity = attendedTwoOfThree(shares);
        for (long person : List.of(shares, doesNot)) {
            jdbc.sql("""
                    insert into signup (activity_id, occurrence_id, account_id, status, places, referred_by, created_at, queued_at)
                    values (?, 0, ?, 'CONFIRMED', 1, ?, ?, ?)""").params(activity, person, caseOfficer, clock.instant(), clock.instant()).update();
        }
        as(shares, () -> consents.give(Set.of(ConsentPurpose.SHARING_WITH_CASE_OFFICER), SupportedLanguage.TIGRINYA), Roles.PARTICIPANT);
        as(notReferred, () -> consents.give(Set.of(ConsentPurpose.SHARING_WITH_CASE_OFFICER), SupportedLanguage.TIGRINYA), Roles.PARTICIPANT);

        List<ParticipationService.PersonParticipation> shared = callAs(caseOfficer, () -> participation.sharedWithMe(SupportedLanguage.SWEDISH),
                Roles.CASE_OFFICER);
        assertThat(shared).extracting(ParticipationService.PersonParticipation::accountId).containsExactly(shares);
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and person_id = ? and action = 'reporting.participation-read'")
                .params(caseOfficer, shares).query(Integer.class).single()).isEqualTo(1);

        as(shares, () -> consents.withdraw(ConsentPurpose.SHARING_WITH_CASE_OFFICER), Roles.PARTICIPANT);
        assertThat(callAs(caseOfficer, () -> participation.sharedWithMe(SupportedLanguage.SWEDISH), Roles.CASE_OFFICER)).isEmpty();
        assertThatThrownBy(() -> as(shares, () -> participation.sharedWithMe(SupportedLanguage.SWEDISH), Roles.PARTICIPANT))
                .isInstanceOf(AccessDeniedException.class);
    }
}
