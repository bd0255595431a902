package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.testing.BrowserTestBase;

/**
 * The place on a map, on phones: an organiser pins the venue with a tap, a newcomer in Arabic finds it with
 * "Near me" (the phone tells where it is; the address bar never holds the position) and opens the map,
 * and in Tigrinya a map whose tiles cannot load says so while the address stays. Tiles come from this
 * server in tests (application-test.properties), so no internet is needed.
 */
class PlaceMapBrowserTest extends BrowserTestBase {

    private static final String MORA = "2062";

    @Autowired ActivityService activities;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired Clock clock;

    @Test
    void pinNearMeAndTheMap() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String organiserEmail = "map-organiser-" + unique + "@motesplats.test";
        long organiser = accounts.ensureAccount(organiserEmail, "Maja", SupportedLanguage.SWEDISH, List.of(Roles.ORGANISATION_MEMBER));
        long id = publishedWithoutPin(unique, organiser);

        // the organiser taps the middle of the editor's map, which opens over all of Sweden
        Page editor = phone("sv-SE");
        signIn(editor, organiserEmail);
        editor.navigate(url("organiser/activity/" + id));
        editor.waitForSelector("#editor-map .leaflet-tile-loaded");
        assertThat(editor.locator("#editor-find-on-map").count()).as("no geocoder is configured in tests").isZero();
        editor.locator("#editor-map .map-canvas").scrollIntoViewIfNeeded();
        editor.locator("#editor-map .map-canvas").click();
        editor.waitForSelector("#editor-map path.leaflet-interactive");
        assertAccessible(editor);
        screenshot(editor, "activity-editor-pin-sv");
        editor.click("#editor-save");
        editor.waitForSelector("#my-activities");
        AtomicReference<Venue> venue = new AtomicReference<>();
        SystemActor.runAsAdministrator(() -> venue.set(activities.draftOf(id).venue()));
        assertThat(venue.get().pinned()).isTrue();
        assertThat(venue.get().pinPlausible()).isTrue();

        // a newcomer standing where the pin is taps "Near me"
        Page newcomer = phone("ar", new Browser.NewContextOptions()
                .setGeolocation(new Geolocation(venue.get().latitude(), venue.get().longitude()))
                .setPermissions(List.of("geolocation")));
        newcomer.navigate(url("activities?q=" + unique));
        newcomer.waitForSelector("#activity-cards .activity-card");
        assertThat(newcomer.locator(".activity-distance").count()).as("no distance before the phone was asked").isZero();
        newcomer.click("#filter-near-me");
        newcomer.waitForURL("**near-me**");
        Locator distance = newcomer.locator(".activity-card .activity-distance");
        distance.waitFor();
        assertThat(distance.textContent()).as("with the Arabic unit name").containsPattern("كم|متر");
        assertThat(newcomer.url()).doesNotContain(String.valueOf(venue.get().latitude()).substring(0, 4));
        assertThat(newcomer.getAttribute("#filter-near-me", "aria-pressed")).isEqualTo("true");
        assertAccessible(newcomer);
        screenshot(newcomer, "activity-near-me-ar");

        newcomer.click(".activity-card");
        newcomer.waitForSelector("#activity-show-map");
        assertThat(newcomer.locator("#activity-map .map-canvas").count()).as("nothing of the map before it is asked for").isZero();
        newcomer.click("#activity-show-map");
        newcomer.waitForSelector("#activity-map .leaflet-tile-loaded");
        newcomer.waitForSelector("#activity-map path.leaflet-interactive");
        assertThat(newcomer.getAttribute("#activity-map .map-canvas", "dir")).as("maps are not mirrored").isEqualTo("ltr");
        assertAccessible(newcomer);
        screenshot(newcomer, "activity-map-ar");

        // in Tigrinya, with a tile server that cannot be reached, the map says so and the address stays
        Page offline = phone("ti");
        offline.navigate(url("activities/" + id));
        offline.waitForSelector("#activity-show-map");
        offline.evaluate("() => document.querySelector('#activity-map').setAttribute('tiles', 'http://127.0.0.1:9/{z}/{x}/{y}.png')");
        offline.click("#activity-show-map");
        offline.waitForSelector("#activity-map[failed] .map-failed");
        assertThat(offline.locator("#activity-map .map-failed").isVisible()).isTrue();
        assertThat(offline.locator(".activity-place").textContent()).contains("Storgatan 1");
        assertThat(offline.locator("#activity-map-link").getAttribute("href")).contains("mlat=");
        assertAccessible(offline);
        screenshot(offline, "activity-map-failed-ti");

        // sharing: this desktop Chromium has no share sheet, so the address is copied (or shown to copy)
        offline.click("#activity-share");
        offline.waitForSelector("vaadin-notification-card");
        assertThat(offline.locator("vaadin-notification-card").textContent()).isNotBlank();
    }

    private long publishedWithoutPin(String unique, long organiser) {
        // the app's clock: earlier tests may have moved it on
        LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1);
        AtomicLong id = new AtomicLong();
        SystemActor.runAsAdministrator(() -> {
            long organisation = organisations.add("Kartföreningen " + unique, OrganisationKind.CULTURAL_ASSOCIATION, MORA).id();
            organisations.verify(organisation);
            organisations.addMember(organisation, organiser, OrganisationRole.ADMINISTRATOR);
            id.set(activities.createDraft(new ActivityDraft(organisation, SupportedLanguage.SWEDISH,
                    Map.of(SupportedLanguage.SWEDISH, new ActivityText("Kartkafé " + unique, "Fika och samtal"),
                            SupportedLanguage.ARABIC, new ActivityText("مقهى الخريطة " + unique, "قهوة وحديث"),
                            SupportedLanguage.TIGRINYA, new ActivityText("ካርታ ካፈ " + unique, "ቡን ዕላልን")),
                    ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE, SwedishLevel.NONE, Set.of(SupportedLanguage.ARABIC),
                    new Venue(MORA, "Folkets hus", "Storgatan 1", null, null, true, false), 0, false, true, null, AgeRange.ANY,
                    new ActivityPlan(true, false, true, "Svenska", 10, null),
                    Schedule.weekly(tomorrow, LocalTime.of(18, 0), 90, tomorrow.getDayOfWeek(), tomorrow.plusWeeks(4)))));
            activities.submit(id.get());
            activities.approve(id.get());
            activities.publish(id.get());
        });
        return id.get();
    }
}
