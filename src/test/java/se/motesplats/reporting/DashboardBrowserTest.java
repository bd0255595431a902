package se.motesplats.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.TargetGroup;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.people.Profile;
import se.motesplats.people.ProfileService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/** A coordinator reads the breakdowns by target group, association and language, in Swedish and in Arabic (right to left). */
class DashboardBrowserTest extends BrowserTestBase {

    @Autowired ReportingTestData data;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired ProfileService profiles;
    @Autowired TestClock clock;

    /**
     * The gap map of Gislaved, where people want sport and music and nothing like it runs, and of Gnosjö,
     * where people want sport and no activity runs at all: the tables first, the map only on request (its
     * tiles come from the app in tests), a circle on each municipality's seat, Gnosjö's too, and axe finds
     * nothing wrong with either; on a laptop and on a phone.
     */
    @Test
    void theGapsAreOnAMapOnlyWhenAsked() {
        String gislaved = "0662";
        String gnosjo = "0617";
        ReportingTestData.Activity cafe = data.activity(gislaved, "Kaféföreningen", ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE);
        data.pin(cafe.id(), 57.3036, 13.5408);
        wishing(4, gislaved, Set.of(ActivityCategory.SPORT, ActivityCategory.MUSIC));
        wishing(3, gnosjo, Set.of(ActivityCategory.SPORT));
        String email = "samordnare-" + UUID.randomUUID() + "@motesplats.test";
        long coordinator = accounts.ensureAccount(email, "Kerstin", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(gislaved, gnosjo)));

        Page page = laptop("sv");
        signIn(page, email);
        page.navigate(url("unmet-demand"));
        assertThat(page.locator("#gaps-categories")).containsText("Gislaved");
        assertThat(page.locator("#gaps-categories")).containsText("Gnosjö");
        assertThat(page.locator("#gaps-show-map")).isVisible();
        assertThat(page.locator("#gaps-map .map-canvas")).hasCount(0);
        page.click("#gaps-show-map");
        page.waitForSelector("#gaps-map .leaflet-tile-loaded");
        assertThat(page.locator("#gaps-map path.leaflet-interactive")).hasCount(2);
        assertThat(page.locator("#gaps-show-map")).isHidden();
        assertAccessible(page);
        page.locator("#gaps-map-heading").scrollIntoViewIfNeeded();
        screenshot(page, "unmet-demand-map-sv");

        Page phone = phone("sv");
        signIn(phone, email);
        phone.navigate(url("unmet-demand"));
        phone.click("#gaps-show-map");
        phone.waitForSelector("#gaps-map .leaflet-tile-loaded");
        assertThat(phone.locator("#gaps-map path.leaflet-interactive")).hasCount(2);
        phone.locator("#gaps-map").scrollIntoViewIfNeeded();
        screenshot(phone, "unmet-demand-map-phone-sv");
    }

    private void wishing(int people, String municipality, Set<ActivityCategory> wishes) {
        for (int n = 0; n < people; n++) {
            long person = accounts.ensureAccount("p-" + UUID.randomUUID() + "@motesplats.test", "Amal", SupportedLanguage.ARABIC,
                    List.of(Roles.PARTICIPANT));
            ModuleTestBase.runAs(person, () -> profiles.save(new Profile(Set.of(SupportedLanguage.SOMALI), null, municipality, wishes)),
                    Roles.PARTICIPANT);
        }
    }

    @Test
    void theBreakdownsAreTablesWithTheirDownloads() {
        ReportingTestData.Activity sewing = data.activity(ReportingTestData.JONKOPING, "Syföreningen", ActivityCategory.CRAFTS,
                TargetGroup.WOMEN);
        long meeting = data.meeting(sewing.id(), clock.instant().minus(2, ChronoUnit.DAYS));
        for (Set<SupportedLanguage> languages : List.of(Set.of(SupportedLanguage.ARABIC), Set.of(SupportedLanguage.TIGRINYA,
                SupportedLanguage.ARABIC))) {
            long person = accounts.ensureAccount("p-" + UUID.randomUUID() + "@motesplats.test", "Amal", SupportedLanguage.ARABIC,
                    List.of(Roles.PARTICIPANT));
            ModuleTestBase.runAs(person, () -> profiles.save(new Profile(languages, null, null, Set.of())), Roles.PARTICIPANT);
            data.present(meeting, person, false);
        }
        String email = "samordnare-" + UUID.randomUUID() + "@motesplats.test";
        long coordinator = accounts.ensureAccount(email, "Kerstin", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(ReportingTestData.JONKOPING)));

        Page page = laptop("sv");
        signIn(page, email);
        page.navigate(url("dashboard"));
        assertThat(page.locator("#dashboard-target-groups")).containsText("För kvinnor");
        assertThat(page.locator("#dashboard-organisations")).containsText(sewing.organisationName());
        assertThat(page.locator("#dashboard-languages tbody tr").first()).containsText("arabiska");
        assertThat(page.locator("#dashboard-languages")).containsText("ትግርኛ");
        assertThat(page.locator("#dashboard-languages thead th")).hasCount(2);
        assertThat(page.locator("#dashboard-languages-note")).isVisible();
        for (String table : List.of("dashboard-target-groups", "dashboard-organisations", "dashboard-languages")) {
            assertThat(page.locator("#" + table + "-heading ~ .table-export .export-excel")).hasCount(1);
            assertThat(page.locator("[role=region][aria-labelledby=" + table + "-heading]")).hasCount(1);
        }
        assertAccessible(page);
        page.locator("#dashboard-target-groups-heading").scrollIntoViewIfNeeded();
        screenshot(page, "dashboard-breakdowns-sv");

        page.navigate(url(se.motesplats.i18n.LanguageSwitch.link(SupportedLanguage.ARABIC, "/dashboard")));
        assertThat(page.locator("#dashboard-target-groups")).containsText("للنساء");
        assertThat(page.locator("#dashboard-languages")).containsText("العربية");
        assertAccessible(page);
        page.locator("#dashboard-target-groups-heading").scrollIntoViewIfNeeded();
        screenshot(page, "dashboard-breakdowns-ar");
        assertPictogramsDrawn(page, 3); // a staff page: the menu's pictograms
    }
}
