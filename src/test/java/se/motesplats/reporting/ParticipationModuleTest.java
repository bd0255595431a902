package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityHeadline;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.TargetGroup;
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
    @Autowired ReportingTestData data;
    @Autowired ActivityService activities;

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

    /** Everyone shared with the caller in one grouped query, line for line what the query per person gave. */
    @Test
    void everyonesParticipationIsReadInOneGroupedQueryAsItWasPersonByPerson() {
        long caseOfficer = person("Hanna", Roles.CASE_OFFICER);
        long twoActivities = person("Amal", Roles.PARTICIPANT);
        long oneActivity = person("Berhane", Roles.PARTICIPANT);
        long nothingYet = person("Cawo", Roles.PARTICIPANT);
        // half a year back, out of the dashboard's eight weeks
        ReportingTestData.Activity choir = data.activity(ReportingTestData.VAXJO, "Kören", ActivityCategory.MUSIC, TargetGroup.EVERYONE);
        ReportingTestData.Activity sewing = data.activity(ReportingTestData.VAXJO, "Syjuntan", ActivityCategory.CRAFTS, TargetGroup.WOMEN);
        List<Long> choirMeetings = new ArrayList<>();
        List<Long> sewingMeetings = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            choirMeetings.add(data.meeting(choir.id(), clock.instant().minus(Duration.ofDays(7L * (30 - week)))));
            sewingMeetings.add(data.meeting(sewing.id(), clock.instant().minus(Duration.ofDays(7L * (27 - week)))));
        }
        data.present(choirMeetings.get(0), twoActivities, false);
        data.present(choirMeetings.get(2), twoActivities, false);
        data.present(sewingMeetings.get(1), twoActivities, false);
        sewingMeetings.forEach(meeting -> data.present(meeting, oneActivity, false));
        data.present(choirMeetings.get(1), oneActivity, true);
        for (long person : List.of(twoActivities, oneActivity, nothingYet)) {
            jdbc.sql("""
                    insert into signup (activity_id, occurrence_id, account_id, status, places, referred_by, created_at, queued_at)
                    values (?, 0, ?, 'CONFIRMED', 1, ?, ?, ?)""").params(choir.id(), person, caseOfficer, clock.instant(), clock.instant()).update();
            as(person, () -> consents.give(Set.of(ConsentPurpose.SHARING_WITH_CASE_OFFICER), SupportedLanguage.ARABIC), Roles.PARTICIPANT);
        }

        List<ParticipationService.PersonParticipation> shared = callAs(caseOfficer, () -> participation.sharedWithMe(SupportedLanguage.SWEDISH),
                Roles.CASE_OFFICER);
        assertThat(shared).extracting(ParticipationService.PersonParticipation::accountId).as("someone who has not come yet is left out")
                .containsExactlyInAnyOrder(twoActivities, oneActivity);
        assertThat(shared).filteredOn(person -> person.accountId() == twoActivities).singleElement().satisfies(person -> {
            assertThat(person.firstName()).isEqualTo("Amal");
            assertThat(person.activities()).extracting(ParticipationService.Participation::activityId, ParticipationService.Participation::title,
                    ParticipationService.Participation::attended, ParticipationService.Participation::held).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(choir.id(), choir.organisationName(), 2, 3),
                    org.assertj.core.groups.Tuple.tuple(sewing.id(), sewing.organisationName(), 1, 2));
        });
        assertThat(shared).filteredOn(person -> person.accountId() == oneActivity).singleElement().satisfies(person -> assertThat(
                person.activities()).extracting(ParticipationService.Participation::activityId, ParticipationService.Participation::attended,
                ParticipationService.Participation::held).as("a leader's check-in is not participation")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sewing.id(), 3, 3)));
        shared.forEach(person -> assertThat(person.activities()).isEqualTo(asBefore(person.accountId())));

        List<ParticipationService.PersonParticipation> everyone = callAs(caseOfficer, () -> participation.sharedWithMe(SupportedLanguage.SWEDISH),
                Roles.ADMINISTRATOR);
        assertThat(everyone).extracting(ParticipationService.PersonParticipation::accountId).contains(twoActivities, oneActivity)
                .doesNotContain(nothingYet);
        everyone.stream().filter(person -> person.accountId() == twoActivities || person.accountId() == oneActivity)
                .forEach(person -> assertThat(person.activities()).isEqualTo(asBefore(person.accountId())));
        assertThat(callAs(twoActivities, () -> participation.mine(SupportedLanguage.SWEDISH), Roles.PARTICIPANT))
                .isEqualTo(asBefore(twoActivities));
    }

    /** One person's participation as it was read before, with a query of its own. */
    private List<ParticipationService.Participation> asBefore(long accountId) {
        return jdbc.sql("""
                select o.activity_id, count(*) as attended, min(o.starts_at) as first_met, max(o.starts_at) as last_met,
                  (select count(*) from occurrence held where held.activity_id = o.activity_id and not held.cancelled
                     and held.starts_at >= min(o.starts_at) and held.starts_at <= :now) as held
                from attendance a join occurrence o on o.id = a.occurrence_id
                where a.account_id = :account and a.present and not a.leader
                group by o.activity_id order by min(o.starts_at)""")
                .param("account", accountId).param("now", clock.instant())
                .query((row, number) -> new ParticipationService.Participation(row.getLong("activity_id"),
                        activities.headline(row.getLong("activity_id"), SupportedLanguage.SWEDISH).map(ActivityHeadline::title).orElse(""),
                        row.getInt("attended"), Math.max(row.getInt("held"), row.getInt("attended")),
                        row.getTimestamp("first_met").toInstant(), row.getTimestamp("last_met").toInstant()))
                .list();
    }
}
