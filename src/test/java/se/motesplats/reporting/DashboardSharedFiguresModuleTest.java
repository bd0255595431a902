package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.TargetGroup;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/**
 * The figures the dashboard page shows are computed again in the background before they are a minute
 * old, for every scope opened in the last half hour, so the page is served from figures at most a
 * minute old without computing them while the coordinator waits. The test clock times everything;
 * the test runs the refresh itself, as the timer would every {@value DashboardService#REFRESH_EVERY}.
 */
class DashboardSharedFiguresModuleTest extends ModuleTestBase {

    @Autowired DashboardService dashboards;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired TestClock clock;
    @Autowired ReportingTestData data;

    @Test
    void aKeptScopesFiguresAreComputedAgainBeforeTheyAreAMinuteOld() {
        String linkoping = "0580";
        long coordinator = coordinator(linkoping);
        ReportingTestData.Activity choir = data.activity(linkoping, "Sångföreningen", ActivityCategory.MUSIC, TargetGroup.EVERYONE);
        long yesterday = data.meeting(choir.id(), clock.instant().minus(1, ChronoUnit.DAYS));
        data.present(yesterday, person(), false);
        Dashboard first = callAs(coordinator, dashboards::mineShared, Roles.COORDINATOR);
        assertThat(first.activeParticipants()).isEqualTo(1);

        data.present(yesterday, person(), false);
        dashboards.refreshShared();
        assertThat(callAs(coordinator, dashboards::mineShared, Roles.COORDINATOR)).as("not due yet: the same figures").isSameAs(first);

        clock.advance(DashboardService.REFRESHED_AFTER);
        dashboards.refreshShared();
        Dashboard refreshed = callAs(coordinator, dashboards::mineShared, Roles.COORDINATOR);
        assertThat(refreshed.activeParticipants()).as("computed again in the background, within the first figures' minute").isEqualTo(2);
        assertThat(refreshed.weeks()).isEqualTo(callAs(coordinator, dashboards::mine, Roles.COORDINATOR).weeks());

        // the timer looks every REFRESH_EVERY: the page's figures are never a minute behind the check-ins
        Duration every = Duration.parse(DashboardService.REFRESH_EVERY);
        for (int step = 1; step <= 12; step++) {
            data.present(yesterday, person(), false);
            clock.advance(every);
            dashboards.refreshShared();
            int counted = callAs(coordinator, dashboards::mineShared, Roles.COORDINATOR).activeParticipants();
            assertThat(counted).as("after %s", every.multipliedBy(step))
                    .isGreaterThanOrEqualTo(2 + step - (int) (DashboardService.SHARED_FOR.dividedBy(every)));
        }
    }

    @Test
    void aScopeNobodyOpensIsForgottenAfterHalfAnHour() {
        String norrkoping = "0581";
        long coordinator = coordinator(norrkoping);
        ReportingTestData.Activity choir = data.activity(norrkoping, "Körföreningen Norr", ActivityCategory.MUSIC, TargetGroup.EVERYONE);
        data.present(data.meeting(choir.id(), clock.instant().minus(1, ChronoUnit.DAYS)), person(), false);
        callAs(coordinator, dashboards::mineShared, Roles.COORDINATOR);
        assertThat(dashboards.keeps(Set.of(norrkoping))).isTrue();

        clock.advance(DashboardService.KEPT_WARM_FOR.minusSeconds(1));
        dashboards.refreshShared();
        assertThat(dashboards.keeps(Set.of(norrkoping))).as("opened less than half an hour ago").isTrue();

        clock.advance(Duration.ofSeconds(1));
        dashboards.refreshShared();
        assertThat(dashboards.keeps(Set.of(norrkoping))).as("half an hour without anyone opening it").isFalse();
    }

    @Test
    void theRefreshRunsOnATimer() throws NoSuchMethodException {
        Scheduled timer = DashboardService.class.getMethod("refreshShared").getAnnotation(Scheduled.class);
        assertThat(timer).isNotNull();
        assertThat(timer.fixedDelayString()).contains(DashboardService.REFRESH_EVERY);
        assertThat(Duration.parse(DashboardService.REFRESH_EVERY).plus(DashboardService.REFRESHED_AFTER))
                .as("refreshed before the minute is over").isLessThan(DashboardService.SHARED_FOR);
    }

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
}
