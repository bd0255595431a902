package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.MachineTranslator;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.ModuleTestBase;

/**
 * A coordinator in Gävle works through the translation queue on a phone: translates one text side
 * by side, downloads the Tigrinya sheet and pastes it back filled in, as cells copied out of a
 * spreadsheet; a newcomer reading Ukrainian sees a machine draft marked as machine translated.
 */
class TranslationQueueBrowserTest extends BrowserTestBase {

    private static final String GAVLE = "2180";

    @Autowired ActivityService activities;
    @Autowired ActivityRepository repository;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Clock clock;

    @Test
    void translateSideBySideThroughASheetAndSeeAMachineDraftMarked() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String coordinatorEmail = "translator-" + unique + "@motesplats.test";
        long coordinator = accounts.ensureAccount(coordinatorEmail, "Tove", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        AtomicLong activity = new AtomicLong();
        LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1);
        SystemActor.runAsAdministrator(() -> {
            areas.setScope(coordinator, List.of(GAVLE));
            long association = organisations.add("Syföreningen Gävle " + unique, OrganisationKind.CULTURAL_ASSOCIATION, GAVLE).id();
            organisations.verify(association);
            activity.set(activities.createDraft(new ActivityDraft(association, SupportedLanguage.SWEDISH,
                    Map.of(SupportedLanguage.SWEDISH, new ActivityText("Syjunta " + unique, "Vi syr och pratar.\nSymaskiner finns.")),
                    ActivityCategory.OTHER, TargetGroup.WOMEN, SwedishLevel.NONE, Set.of(),
                    new Venue(GAVLE, "Stadsbiblioteket", "Slottstorget 1", null, null, true, false), 0, true, true, null,
                    AgeRange.ANY, new ActivityPlan(false, false, true, "Nätverk", 8, null),
                    Schedule.weekly(tomorrow, LocalTime.of(17, 0), 120, tomorrow.getDayOfWeek(), tomorrow.plusWeeks(8)))));
            activities.submit(activity.get());
            activities.approve(activity.get());
            activities.publish(activity.get());
        });
        long id = activity.get();

        // the coordinator finds the queue among her tools and translates the Arabic text side by side
        Page page = phone("sv-SE");
        signIn(page, coordinatorEmail);
        assertThat(page.locator("#start-tiles a[href$='translation-queue']").count()).isEqualTo(1);
        page.navigate(url("translation-queue?language=ar"));
        page.waitForSelector("#translation-queue [data-activity='" + id + "']");
        assertAccessible(page);
        screenshot(page, "translation-queue-sv");
        page.click("[data-activity='" + id + "'] .translation-need[data-language='ar']");
        page.waitForSelector("#translation-title");
        assertThat(page.textContent("#source-title")).isEqualTo("Syjunta " + unique);
        assertThat(page.locator("#translation-machine").count()).as("no machine translation configured").isZero();
        page.fill("#translation-title input", "حلقة الخياطة " + unique);
        page.fill("#translation-description textarea", "نخيط ونتحدث.\nتوجد ماكينات خياطة.");
        assertAccessible(page);
        screenshot(page, "translation-text-sv");
        page.click("#translation-save");
        page.waitForSelector("#translation-queue");
        page.waitForSelector("#translation-queue [data-activity='" + id + "']", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(repository.findById(id).orElseThrow().translationStates()).containsEntry("ar", TranslationState.TRANSLATED);

        // then hands the Tigrinya texts to a translator as a sheet and pastes the cells back
        page.navigate(url("translation-queue?language=ti"));
        page.waitForSelector("#translation-queue [data-activity='" + id + "']");
        page.click("#translation-sheet-details > vaadin-details-summary");
        Download download = page.waitForDownload(() -> page.click("#translation-export"));
        assertThat(download.suggestedFilename()).isEqualTo("activity-texts-ti.csv");
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFkey,language,source,english,current,state,version,translation");
        String version = lines.stream().filter(line -> line.startsWith("activity." + id + ".title,")).findFirst().orElseThrow()
                .split(",")[6];
        String pasted = "key\tlanguage\tsource\tenglish\tcurrent\tstate\tversion\ttranslation\n"
                + "activity." + id + ".title\tti\tSyjunta\t\t\tSaknas\t" + version + "\tጉጅለ ስፌት\n"
                + "activity." + id + ".description\tti\t\"Vi syr och pratar.\nSymaskiner finns.\"\t\t\tSaknas\t" + version
                + "\t\"ንሰፍን ንዛረብን።\nመስፈዪ ማሽናት ኣለዉ።\"\n";
        page.fill("#translation-import-field textarea", pasted);
        page.click("#translation-import");
        page.waitForSelector("#translation-import-summary");
        assertThat(page.textContent("#translation-import-summary")).isEqualTo("Sparade: 1. Redan sparade sedan tidigare: 0. Inte sparade: 0.");
        assertThat(repository.findById(id).orElseThrow().textIn(SupportedLanguage.TIGRINYA).text())
                .isEqualTo(new ActivityText("ጉጅለ ስፌት", "ንሰፍን ንዛረብን።\nመስፈዪ ማሽናት ኣለዉ።"));
        assertAccessible(page);

        // a machine draft in Ukrainian reaches newcomers marked as machine translated
        ActivityTranslationService withMachine = new ActivityTranslationService(repository, organisations, areas,
                Optional.of(new MachineTranslator() {
                    @Override
                    public Set<SupportedLanguage> languages() {
                        return Set.of(SupportedLanguage.SWEDISH, SupportedLanguage.UKRAINIAN);
                    }

                    @Override
                    public String translate(String text, SupportedLanguage from, SupportedLanguage to) {
                        return text.startsWith("Syjunta") ? "Швейний гурток " + unique : "Ми шиємо й розмовляємо.";
                    }
                }), transactionManager, clock);
        ModuleTestBase.runAs(coordinator, () -> withMachine.machineDraft(id, SupportedLanguage.UKRAINIAN,
                withMachine.text(id, SupportedLanguage.UKRAINIAN).version()), Roles.COORDINATOR);
        Page newcomer = phone("uk");
        newcomer.navigate(url("activities/" + id));
        newcomer.waitForSelector("#activity-machine-translated");
        assertThat(newcomer.textContent("#activity-title")).isEqualTo("Швейний гурток " + unique);
        assertThat(newcomer.textContent("#activity-machine-translated")).startsWith("Машинний переклад");
        assertAccessible(newcomer);
        screenshot(newcomer, "activity-machine-translated-uk");
    }
}
