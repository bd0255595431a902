package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

/** Every dashboard query against the real schema, and the scope: a coordinator elsewhere sees none of it. */
class DashboardModuleTest extends ModuleTestBase {

    @Autowired DashboardService dashboards;
    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired se.motesplats.people.ProfileService profiles;

    private long coordinator(String municipality) {
        long coordinator = accounts.ensureAccount("c-" + UUID.randomUUID() + "@motesplats.test", "Kerstin", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(municipality)));
        return coordinator;
    }

    private long person() {
        return accounts.ensureAccount("p-" + UUID.randomUUID() + "@motesplats.test", "Amal", SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
    }

    @Test
    void aMeetingsCheckInsAndNoShowsShowUpForTheCoordinatorOfItsMunicipalityOnly() {
        PublishedActivities.Published cafe = published.weekly("Språkkafé", null, true);
        OccurrenceView meeting = activities.signupTerms(cafe.activityId()).orElseThrow().comingMeetings().getFirst();
        List<Long> came = List.of(person(), person(), person());
        for (long person : came) {
            jdbc.sql("""
                    insert into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                    values (?, ?, ?, false, true, current_timestamp(3), 'QR')""").params(meeting.id(), "p" + person, person).update();
        }
        clock.advance(Duration.between(clock.instant(), LocalDate.ofInstant(meeting.startsAt(), Zones.STOCKHOLM).plusDays(1)
                .atStartOfDay(Zones.STOCKHOLM).plusHours(1).toInstant()));
        long lund = coordinator(PublishedActivities.LUND);
        long kristianstad = coordinator("1290");

        Dashboard before = callAs(lund, dashboards::mine, Roles.COORDINATOR);
        assertThat(before.activitiesRunning()).isPositive();
        assertThat(before.activeParticipants()).isGreaterThanOrEqualTo(3);
        assertThat(before.weeks()).hasSize(DashboardService.WEEKS);
        assertThat(before.weeks().getLast().present() + before.weeks().get(DashboardService.WEEKS - 2).present())
                .as("this week or last").isGreaterThanOrEqualTo(3);
        assertThat(before.byMunicipality()).anySatisfy(row -> {
            assertThat(row.key()).isEqualTo(PublishedActivities.LUND);
            assertThat(row.participants()).isGreaterThanOrEqualTo(3);
        });
        assertThat(before.byCategory()).extracting(Dashboard.Breakdown::key).contains("LANGUAGE_CAFE");

        Dashboard elsewhere = callAs(kristianstad, dashboards::mine, Roles.COORDINATOR);
        assertThat(elsewhere.byMunicipality()).extracting(Dashboard.Breakdown::key).doesNotContain(PublishedActivities.LUND);
        assertThat(elsewhere.activeParticipants()).as("nothing in Kristianstad").isZero();

        long participant = person();
        assertThatThrownBy(() -> callAs(participant, dashboards::mine, Roles.PARTICIPANT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void peopleWhoWantASportOrSpeakTigrinyaWhereNothingLikeItRunsAreAGap() {
        String gotland = "0980";
        for (int n = 0; n < 2; n++) {
            long person = person();
            as(person, () -> profiles.save(new se.motesplats.people.Profile(java.util.Set.of(SupportedLanguage.TIGRINYA, SupportedLanguage.SWEDISH),
                    null, gotland, java.util.Set.of(se.motesplats.activity.ActivityCategory.SPORT))), Roles.PARTICIPANT);
        }
        UnmetDemand demand = callAs(coordinator(gotland), dashboards::unmetDemand, Roles.COORDINATOR);
        assertThat(demand.categories()).contains(new UnmetDemand.CategoryGap(gotland, "SPORT", 2, 0, 0));
        assertThat(demand.languages()).contains(new UnmetDemand.LanguageGap(gotland, "ti", 2));
        assertThat(demand.languages()).extracting(UnmetDemand.LanguageGap::language).as("Swedish is never a gap").doesNotContain("sv");

        UnmetDemand lund = callAs(coordinator(PublishedActivities.LUND), dashboards::unmetDemand, Roles.COORDINATOR);
        assertThat(lund.categories()).extracting(UnmetDemand.CategoryGap::municipalityCode).doesNotContain(gotland);
        assertThat(lund.languages()).extracting(UnmetDemand.LanguageGap::municipalityCode).doesNotContain(gotland);
    }
}
