package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.MachineTranslationUnavailable;
import se.motesplats.i18n.MachineTranslator;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.testing.ModuleTestBase;

/**
 * The translation queue of activity texts in Örebro and Gävle: who sees what, the sheet round trip,
 * saving and approving, and machine drafts, which newcomers see marked until a person approves them.
 */
class ActivityTranslationModuleTest extends ModuleTestBase {

    private static final String OREBRO = "1880";
    private static final String GAVLE = "2180";
    private static final String CAFE_DESCRIPTION = "Fika och samtal.\n- Ta med en vän\n= gratis";

    @Autowired ActivityTranslationService translations;
    @Autowired ActivityService activities;
    @Autowired ActivityRepository repository;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Clock clock;

    private String unique;
    private long orebroCoordinator;
    private long gavleCoordinator;
    private long orebroMember;
    private long gavleMember;
    private long participant;
    private long orebroAssociation;
    private long gavleAssociation;
    /** Published in Örebro, written in Swedish with an Arabic and an English translation. */
    private long orebroCafe;
    /** Submitted in Gävle, written in Swedish only. */
    private long gavleChoir;
    /** A draft in Örebro: not in the queue. */
    private long orebroDraft;

    @BeforeEach
    void associationsInOrebroAndGavle() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        orebroCoordinator = account("coord-orebro", Roles.COORDINATOR);
        gavleCoordinator = account("coord-gavle", Roles.COORDINATOR);
        orebroMember = account("member-orebro", Roles.ORGANISATION_MEMBER);
        gavleMember = account("member-gavle", Roles.ORGANISATION_MEMBER);
        participant = account("participant", Roles.PARTICIPANT);
        AtomicLong orebro = new AtomicLong();
        AtomicLong gavle = new AtomicLong();
        SystemActor.runAsAdministrator(() -> {
            areas.setScope(orebroCoordinator, List.of(OREBRO));
            areas.setScope(gavleCoordinator, List.of(GAVLE));
            orebro.set(organisations.add("Språkvänner Örebro " + unique, OrganisationKind.CULTURAL_ASSOCIATION, OREBRO).id());
            gavle.set(organisations.add("Kören i Gävle " + unique, OrganisationKind.CULTURAL_ASSOCIATION, GAVLE).id());
            organisations.addMember(orebro.get(), orebroMember, OrganisationRole.LEADER);
            organisations.addMember(gavle.get(), gavleMember, OrganisationRole.LEADER);
            organisations.verify(orebro.get());
            organisations.verify(gavle.get());
        });
        orebroAssociation = orebro.get();
        gavleAssociation = gavle.get();
        orebroCafe = activity(orebroMember, draft(orebroAssociation, OREBRO, Map.of(
                SupportedLanguage.SWEDISH, new ActivityText("Språkkafé " + unique, CAFE_DESCRIPTION),
                SupportedLanguage.ARABIC, new ActivityText("مقهى اللغة " + unique, "قهوة وحديث."),
                SupportedLanguage.ENGLISH, new ActivityText("Language café " + unique, "Coffee and talk."))));
        as(orebroCoordinator, () -> {
            activities.approve(orebroCafe);
            activities.publish(orebroCafe);
        }, Roles.COORDINATOR);
        gavleChoir = activity(gavleMember, draft(gavleAssociation, GAVLE, Map.of(
                SupportedLanguage.SWEDISH, new ActivityText("Kör " + unique, "Vi sjunger tillsammans."))));
        AtomicLong draftId = new AtomicLong();
        as(orebroMember, () -> draftId.set(activities.createDraft(draft(orebroAssociation, OREBRO,
                Map.of(SupportedLanguage.SWEDISH, new ActivityText("Utkast " + unique, "Inte klart"))))), Roles.ORGANISATION_MEMBER);
        orebroDraft = draftId.get();
    }

    private long account(String name, String role) {
        return accounts.ensureAccount(name + "-" + unique + "@motesplats.test", "Test", SupportedLanguage.SWEDISH, List.of(role));
    }

    private ActivityDraft draft(long organisationId, String municipality, Map<SupportedLanguage, ActivityText> texts) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1);
        return new ActivityDraft(organisationId, SupportedLanguage.SWEDISH, texts, ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE,
                SwedishLevel.NONE, Set.of(SupportedLanguage.ARABIC),
                new Venue(municipality, "Stadsbiblioteket", "Näbbtorgsgatan 12", null, null, true, false), 0, false, true, null,
                AgeRange.ANY, new ActivityPlan(true, false, true, "Svenska i vardagen", 10, null),
                Schedule.weekly(tomorrow, LocalTime.of(18, 0), 120, tomorrow.getDayOfWeek(), tomorrow.plusWeeks(8)));
    }

    /** Created and submitted by a member. */
    private long activity(long member, ActivityDraft draft) {
        AtomicLong id = new AtomicLong();
        as(member, () -> {
            id.set(activities.createDraft(draft));
            activities.submit(id.get());
        }, Roles.ORGANISATION_MEMBER);
        return id.get();
    }

    private List<TranslationQueueEntry> queueOf(long person, SupportedLanguage target, String... roles) {
        return callAs(person, () -> translations.queue(target), roles);
    }

    private static List<Long> ids(List<TranslationQueueEntry> queue) {
        return queue.stream().map(TranslationQueueEntry::activityId).toList();
    }

    private Map<String, TranslationState> states(long activityId) {
        return repository.findById(activityId).orElseThrow().translationStates();
    }

    private Activity reload(long activityId) {
        return repository.findById(activityId).orElseThrow();
    }

    @Test
    void eachSeesTheQueueOfTheirOwnAreaOrAssociation() {
        assertThat(ids(queueOf(orebroCoordinator, null, Roles.COORDINATOR))).contains(orebroCafe)
                .doesNotContain(gavleChoir, orebroDraft);
        assertThat(ids(queueOf(gavleCoordinator, null, Roles.COORDINATOR))).contains(gavleChoir).doesNotContain(orebroCafe);
        assertThat(ids(queueOf(orebroMember, null, Roles.ORGANISATION_MEMBER))).containsExactly(orebroCafe);
        assertThat(ids(queueOf(gavleMember, null, Roles.ORGANISATION_MEMBER))).containsExactly(gavleChoir);
        assertThat(ids(callAs(0, () -> translations.queue(null), Roles.ADMINISTRATOR))).contains(orebroCafe, gavleChoir)
                .doesNotContain(orebroDraft);
        assertThat(queueOf(participant, null, Roles.PARTICIPANT)).isEmpty();
        assertThat(ids(queueOf(gavleCoordinator, SupportedLanguage.ARABIC, Roles.COORDINATOR)))
                .as("a coordinator's role alone does not reach another municipality").doesNotContain(orebroCafe);

        as(gavleCoordinator, () -> {
            assertThatThrownBy(() -> translations.text(orebroCafe, SupportedLanguage.TIGRINYA)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> translations.saveTranslation(orebroCafe, SupportedLanguage.TIGRINYA,
                    new ActivityText("x", "y"), "v")).isInstanceOf(AccessDeniedException.class);
        }, Roles.COORDINATOR);
        as(orebroMember, () -> assertThatThrownBy(() -> translations.text(gavleChoir, SupportedLanguage.ARABIC))
                .isInstanceOf(AccessDeniedException.class), Roles.ORGANISATION_MEMBER);
        as(orebroMember, () -> assertThatThrownBy(() -> translations.text(orebroDraft, SupportedLanguage.ARABIC))
                .isInstanceOf(RuleViolation.class).hasMessage("activity.translation.error.not-in-queue"), Roles.ORGANISATION_MEMBER);
    }

    @Test
    void theQueueSaysPerLanguageWhatIsMissingOrOutdated() {
        TranslationQueueEntry cafe = queueOf(orebroCoordinator, null, Roles.COORDINATOR).stream()
                .filter(entry -> entry.activityId() == orebroCafe).findFirst().orElseThrow();
        assertThat(cafe.title()).isEqualTo("Språkkafé " + unique);
        assertThat(cafe.municipalityName()).isEqualTo("Örebro");
        assertThat(cafe.status()).isEqualTo(ActivityStatus.PUBLISHED);
        assertThat(cafe.needs()).doesNotContainKeys(SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC, SupportedLanguage.ENGLISH)
                .containsEntry(SupportedLanguage.TIGRINYA, TranslationNeed.MISSING)
                .hasSize(SupportedLanguage.values().length - 3);
        assertThat(ids(queueOf(orebroCoordinator, SupportedLanguage.ARABIC, Roles.COORDINATOR))).doesNotContain(orebroCafe);

        changeSource(orebroCafe, orebroMember, "Språkkafé " + unique + " (ny tid)");

        assertThat(queueOf(orebroCoordinator, SupportedLanguage.ARABIC, Roles.COORDINATOR))
                .filteredOn(entry -> entry.activityId() == orebroCafe).singleElement()
                .satisfies(entry -> assertThat(entry.needs()).containsExactly(Map.entry(SupportedLanguage.ARABIC, TranslationNeed.OUTDATED)));
    }

    /** What the organiser does in the editor: a new Swedish title, every other text left as it was. */
    private void changeSource(long activityId, long member, String newTitle) {
        as(member, () -> {
            ActivityDraft before = activities.draftOf(activityId);
            Map<SupportedLanguage, ActivityText> texts = new EnumMap<>(before.texts());
            texts.put(SupportedLanguage.SWEDISH, new ActivityText(newTitle, texts.get(SupportedLanguage.SWEDISH).description()));
            activities.update(activityId, new ActivityDraft(before.organisationId(), before.sourceLanguage(), texts, before.category(),
                    before.targetGroup(), before.swedishLevel(), before.leaderLanguages(), before.venue(), before.costSek(),
                    before.childcare(), before.dropIn(), before.capacity(), before.ages(), before.plan(), before.schedule()));
        }, Roles.ORGANISATION_MEMBER);
    }

    @Test
    void aPersonsTranslationIsSavedAsTranslatedAndLeavesTheQueue() {
        as(gavleMember, () -> {
            TextToTranslate text = translations.text(gavleChoir, SupportedLanguage.TIGRINYA);
            assertThat(text.source()).isEqualTo(new ActivityText("Kör " + unique, "Vi sjunger tillsammans."));
            assertThat(text.current()).isNull();
            assertThat(text.need()).contains(TranslationNeed.MISSING);
            assertThat(text.machineDraftPossible()).as("no machine translation configured in tests").isFalse();
            assertThat(translations.machineTranslationConfigured()).isFalse();

            assertThatThrownBy(() -> translations.saveTranslation(gavleChoir, SupportedLanguage.TIGRINYA,
                    new ActivityText("ዘማሪ", ""), text.version())).hasMessage("activity.translation.error.description-missing");
            assertThatThrownBy(() -> translations.saveTranslation(gavleChoir, SupportedLanguage.TIGRINYA,
                    new ActivityText("ዘ".repeat(201), "ብሓባር ንዝምር።"), text.version())).hasMessage("shared.rule.too-long");
            assertThatThrownBy(() -> translations.saveTranslation(gavleChoir, SupportedLanguage.SWEDISH,
                    new ActivityText("Kör", "Sång"), text.version())).hasMessage("activity.translation.error.source-language");

            translations.saveTranslation(gavleChoir, SupportedLanguage.TIGRINYA, new ActivityText("ዘማሪ " + unique, "ብሓባር ንዝምር።"),
                    text.version());
        }, Roles.ORGANISATION_MEMBER);

        assertThat(states(gavleChoir)).containsEntry("ti", TranslationState.TRANSLATED);
        assertThat(queueOf(gavleCoordinator, SupportedLanguage.TIGRINYA, Roles.COORDINATOR))
                .noneMatch(entry -> entry.activityId() == gavleChoir);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedInsteadOfOverwriting() {
        TextToTranslate opened = callAs(orebroCoordinator, () -> translations.text(orebroCafe, SupportedLanguage.SOMALI),
                Roles.COORDINATOR);
        as(orebroMember, () -> translations.saveTranslation(orebroCafe, SupportedLanguage.SOMALI,
                new ActivityText("Kafee luqadeed", "Kafee iyo sheeko."), opened.version()), Roles.ORGANISATION_MEMBER);

        as(orebroCoordinator, () -> {
            assertThatThrownBy(() -> translations.saveTranslation(orebroCafe, SupportedLanguage.SOMALI,
                    new ActivityText("Maqaaxi", "Sheeko."), opened.version())).hasMessage("activity.translation.error.changed");
            translations.saveTranslation(orebroCafe, SupportedLanguage.SOMALI, new ActivityText("Kafee luqadeed", "Kafee iyo sheeko."),
                    opened.version());
        }, Roles.COORDINATOR);
        assertThat(reload(orebroCafe).textIn(SupportedLanguage.SOMALI).text().title()).as("the member's text stays").isEqualTo("Kafee luqadeed");

        TextToTranslate beforeChange = callAs(orebroCoordinator, () -> translations.text(orebroCafe, SupportedLanguage.UKRAINIAN),
                Roles.COORDINATOR);
        changeSource(orebroCafe, orebroMember, "Språkkafé " + unique + " på torsdagar");
        as(orebroCoordinator, () -> assertThatThrownBy(() -> translations.saveTranslation(orebroCafe, SupportedLanguage.UKRAINIAN,
                new ActivityText("Мовне кафе", "Кава та розмови."), beforeChange.version()))
                .hasMessage("activity.translation.error.source-changed"), Roles.COORDINATOR);
        assertThat(states(orebroCafe)).doesNotContainKey("uk").containsEntry("so", TranslationState.OUTDATED);

        TextToTranslate outdated = callAs(orebroCoordinator, () -> translations.text(orebroCafe, SupportedLanguage.SOMALI),
                Roles.COORDINATOR);
        assertThat(outdated.need()).contains(TranslationNeed.OUTDATED);
        as(orebroCoordinator, () -> translations.saveTranslation(orebroCafe, SupportedLanguage.SOMALI,
                outdated.current(), outdated.version()), Roles.COORDINATOR);
        assertThat(states(orebroCafe)).as("confirming an outdated text as it is").containsEntry("so", TranslationState.TRANSLATED);
    }

    @Test
    void theExportHasTheQueuesTextsInTheWorkbenchFormat() throws Exception {
        byte[] tigrinya = callAs(orebroCoordinator, () -> translations.export(SupportedLanguage.TIGRINYA, need -> need.name()),
                Roles.COORDINATOR);
        assertThat(read(tigrinya)).filteredOn(row -> row.get("key").equals("activity." + orebroCafe + ".title")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("english")).as("the English text a person wrote, beside the Swedish").isEqualTo("Language café " + unique);
                    assertThat(row.get("current")).isEmpty();
                    assertThat(row.get("state")).isEqualTo("MISSING");
                });
        as(orebroCoordinator, () -> translations.saveTranslation(orebroCafe, SupportedLanguage.PERSIAN,
                new ActivityText("=کافه زبان", "قهوه و گفتگو."),
                translations.text(orebroCafe, SupportedLanguage.PERSIAN).version()), Roles.COORDINATOR);
        changeSource(orebroCafe, orebroMember, "Språkkafé " + unique + " nu");

        byte[] csv = callAs(orebroCoordinator, () -> translations.export(SupportedLanguage.PERSIAN, need -> "[" + need.name() + "]"),
                Roles.COORDINATOR);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = read(csv);
        assertThat(rows.getFirst().getParser().getHeaderNames())
                .containsExactly("key", "language", "source", "english", "current", "state", "version", "translation");
        List<CSVRecord> cafe = rows.stream().filter(row -> row.get("key").startsWith("activity." + orebroCafe + ".")).toList();
        assertThat(cafe).extracting(row -> row.get("key"))
                .containsExactly("activity." + orebroCafe + ".title", "activity." + orebroCafe + ".description");
        CSVRecord title = cafe.getFirst();
        assertThat(title.get("language")).isEqualTo("fa");
        assertThat(title.get("source")).isEqualTo("Språkkafé " + unique + " nu");
        assertThat(title.get("english")).as("an outdated English text is no help").isEmpty();
        assertThat(title.get("current")).as("written so that a spreadsheet does not take it for a formula").isEqualTo("'=کافه زبان");
        assertThat(title.get("state")).isEqualTo("[OUTDATED]");
        assertThat(title.get("version")).matches("v[0-9a-f]{16}");
        assertThat(title.get("translation")).isEmpty();
        assertThat(cafe.get(1).get("source")).as("only a cell starting like a formula gets the apostrophe").isEqualTo(CAFE_DESCRIPTION);
        assertThat(rows).noneMatch(row -> row.get("key").startsWith("activity." + gavleChoir + "."))
                .noneMatch(row -> row.get("key").startsWith("activity." + orebroDraft + "."));
    }

    @Test
    void anImportSavesEveryGoodTextAndReportsEveryRefusedRow() throws Exception {
        changeSource(orebroCafe, orebroMember, "Språkkafé " + unique + " varje vecka");
        long orebroSecond = activity(orebroMember, draft(orebroAssociation, OREBRO,
                Map.of(SupportedLanguage.SWEDISH, new ActivityText("Syjunta " + unique, "Vi syr."))));
        long orebroThird = activity(orebroMember, draft(orebroAssociation, OREBRO,
                Map.of(SupportedLanguage.SWEDISH, new ActivityText("Fotboll " + unique, "Vi spelar."))));
        byte[] exported = callAs(orebroCoordinator, () -> translations.export(SupportedLanguage.ARABIC, need -> need.name()),
                Roles.COORDINATOR);
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        read(exported).forEach(row -> rows.put(row.get("key"), row));
        assertThat(rows).containsKeys("activity." + orebroCafe + ".title", "activity." + orebroSecond + ".description");
        String version = rows.get("activity." + orebroCafe + ".title").get("version");
        String secondVersion = rows.get("activity." + orebroSecond + ".title").get("version");
        String thirdVersion = rows.get("activity." + orebroThird + ".title").get("version");

        String sheet = sheet(List.of(
                List.of("activity." + orebroCafe + ".title", "ar", version, "مقهى اللغة كل أسبوع"),
                List.of("activity." + orebroCafe + ".description", "ar", version, "قهوة وحديث.\n- أحضر صديقًا"),
                List.of("activity." + orebroSecond + ".title", "ar", secondVersion, "حلقة الخياطة"),
                List.of("activity." + orebroSecond + ".description", "ar", secondVersion, "ن".repeat(10_001)),
                List.of("activity." + orebroThird + ".title", "ar", thirdVersion, "كرة القدم"),
                List.of("activity." + gavleChoir + ".title", "ar", "v0", "جوقة"),
                List.of("activity." + gavleChoir + ".description", "ar", "v0", "نغني."),
                List.of("activity." + orebroCafe + ".title", "xx", version, "?"),
                List.of("activity." + orebroCafe + ".title", "sv", version, "Kafé"),
                List.of("shared.start.menu", "ar", version, "البداية"),
                List.of("activity." + orebroDraft + ".title", "ar", version, "مسودة")));

        TranslationImport result = callAs(orebroCoordinator, () -> translations.importSheet(sheet), Roles.COORDINATOR);

        assertThat(result.saved()).isEqualTo(1);
        assertThat(result.unchanged()).isZero();
        assertThat(result.refused()).extracting(TranslationImport.Refusal::row, TranslationImport.Refusal::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "activity.translation.import.other-half"),
                org.assertj.core.groups.Tuple.tuple(5, "shared.rule.too-long"),
                org.assertj.core.groups.Tuple.tuple(6, "activity.translation.import.both"),
                org.assertj.core.groups.Tuple.tuple(7, "activity.translation.import.unknown"),
                org.assertj.core.groups.Tuple.tuple(8, "activity.translation.import.unknown"),
                org.assertj.core.groups.Tuple.tuple(9, "activity.translation.import.language"),
                org.assertj.core.groups.Tuple.tuple(10, "activity.translation.import.language"),
                org.assertj.core.groups.Tuple.tuple(11, "activity.translation.import.unknown"),
                org.assertj.core.groups.Tuple.tuple(12, "activity.translation.import.unknown"));
        assertThat(reload(orebroCafe).textIn(SupportedLanguage.ARABIC).text())
                .isEqualTo(new ActivityText("مقهى اللغة كل أسبوع", "قهوة وحديث.\n- أحضر صديقًا"));
        assertThat(states(orebroCafe)).containsEntry("ar", TranslationState.TRANSLATED);
        assertThat(states(orebroSecond)).as("nothing of a refused text is saved").doesNotContainKey("ar");
        assertThat(states(orebroThird)).doesNotContainKey("ar");
        assertThat(states(gavleChoir)).doesNotContainKey("ar");

        TranslationImport again = callAs(orebroCoordinator, () -> translations.importSheet(sheet), Roles.COORDINATOR);
        assertThat(again.saved()).isZero();
        assertThat(again.unchanged()).as("pasting the same sheet again after fixing a row is harmless").isEqualTo(1);
        assertThat(again.refused()).hasSameSizeAs(result.refused());
    }

    @Test
    void anImportFromBeforeAChangeIsRefusedForThatText() throws Exception {
        byte[] exported = callAs(orebroMember, () -> translations.export(SupportedLanguage.KURDISH_KURMANJI, need -> need.name()),
                Roles.ORGANISATION_MEMBER);
        String version = read(exported).stream().filter(row -> row.get("key").equals("activity." + orebroCafe + ".title"))
                .findFirst().orElseThrow().get("version");
        changeSource(orebroCafe, orebroMember, "Språkkafé " + unique + " i nya lokalen");
        String sheet = sheet(List.of(
                List.of("activity." + orebroCafe + ".title", "kmr", version, "Qehwexaneya zimên"),
                List.of("activity." + orebroCafe + ".description", "kmr", version, "Qehwe û axaftin.")));

        TranslationImport result = callAs(orebroMember, () -> translations.importSheet(sheet), Roles.ORGANISATION_MEMBER);

        assertThat(result.saved()).isZero();
        assertThat(result.refused()).extracting(TranslationImport.Refusal::reasonKey)
                .containsOnly("activity.translation.import.source-changed").hasSize(2);
        assertThat(states(orebroCafe)).doesNotContainKey("kmr");
    }

    @Test
    void somethingThatIsNotASheetIsRefusedAsAWhole() {
        as(orebroCoordinator, () -> {
            assertThatThrownBy(() -> translations.importSheet("Hej, här är översättningen: Language café"))
                    .isInstanceOf(RuleViolation.class).hasMessage("activity.translation.import.not-a-sheet");
            assertThatThrownBy(() -> translations.importSheet("key,translation\nactivity." + orebroCafe + ".title,Café\n"))
                    .as("no language and version columns").hasMessage("activity.translation.import.not-a-sheet");
            assertThatThrownBy(() -> translations.importSheet("x".repeat(ActivityTranslationService.MOST_IMPORTED_CHARACTERS + 1)))
                    .hasMessage("shared.rule.too-long");
        }, Roles.COORDINATOR);
    }

    @Test
    void aMachineDraftIsStoredAsSuchShownMarkedAndApprovedByAPerson() {
        AtomicInteger asked = new AtomicInteger();
        ActivityTranslationService withMachine = withMachine(new MachineTranslator() {
            @Override
            public Set<SupportedLanguage> languages() {
                return Set.of(SupportedLanguage.SWEDISH, SupportedLanguage.UKRAINIAN, SupportedLanguage.ARABIC);
            }

            @Override
            public String translate(String text, SupportedLanguage from, SupportedLanguage to) {
                asked.incrementAndGet();
                return "[" + to.tag() + "] " + text;
            }
        });
        TextToTranslate missing = callAs(orebroCoordinator, () -> withMachine.text(orebroCafe, SupportedLanguage.UKRAINIAN),
                Roles.COORDINATOR);
        assertThat(missing.machineDraftPossible()).isTrue();
        assertThat(callAs(orebroCoordinator, () -> withMachine.text(orebroCafe, SupportedLanguage.ARABIC), Roles.COORDINATOR)
                .machineDraftPossible()).as("a person's Arabic is never replaced by a machine's").isFalse();
        assertThat(callAs(orebroCoordinator, () -> withMachine.text(orebroCafe, SupportedLanguage.TIGRINYA), Roles.COORDINATOR)
                .machineDraftPossible()).as("not configured for Tigrinya").isFalse();

        TextToTranslate draft = callAs(orebroCoordinator,
                () -> withMachine.machineDraft(orebroCafe, SupportedLanguage.UKRAINIAN, missing.version()), Roles.COORDINATOR);

        assertThat(asked).hasValue(2);
        assertThat(draft.state()).isEqualTo(TranslationState.MACHINE_DRAFT);
        assertThat(draft.current()).isEqualTo(new ActivityText("[uk] Språkkafé " + unique, "[uk] " + CAFE_DESCRIPTION));
        assertThat(states(orebroCafe)).containsEntry("uk", TranslationState.MACHINE_DRAFT);
        assertThat(queueOf(orebroCoordinator, SupportedLanguage.UKRAINIAN, Roles.COORDINATOR))
                .filteredOn(entry -> entry.activityId() == orebroCafe).singleElement()
                .satisfies(entry -> assertThat(entry.needs()).containsEntry(SupportedLanguage.UKRAINIAN, TranslationNeed.MACHINE_DRAFT));
        assertThat(activities.findPublished(new ActivityFilter(null, null, Set.of(), unique), SupportedLanguage.UKRAINIAN, 0, 5))
                .singleElement().satisfies(card -> {
                    assertThat(card.titleLanguage()).isEqualTo(SupportedLanguage.UKRAINIAN);
                    assertThat(card.machineTranslated()).isTrue();
                });
        assertThat(activities.detail(orebroCafe, SupportedLanguage.UKRAINIAN).orElseThrow().machineTranslated()).isTrue();
        assertThat(activities.detail(orebroCafe, SupportedLanguage.ARABIC).orElseThrow().machineTranslated()).isFalse();

        changeSource(orebroCafe, orebroMember, "Språkkafé " + unique + " med läxhjälp");
        assertThat(states(orebroCafe)).as("still marked as a machine's after the source changed").containsEntry("uk", TranslationState.MACHINE_DRAFT)
                .containsEntry("ar", TranslationState.OUTDATED);

        TextToTranslate again = callAs(orebroMember, () -> withMachine.text(orebroCafe, SupportedLanguage.UKRAINIAN),
                Roles.ORGANISATION_MEMBER);
        as(orebroMember, () -> translations.saveTranslation(orebroCafe, SupportedLanguage.UKRAINIAN,
                new ActivityText("Мовне кафе з допомогою з домашніми завданнями", "Кава та розмови."), again.version()),
                Roles.ORGANISATION_MEMBER);

        assertThat(states(orebroCafe)).containsEntry("uk", TranslationState.TRANSLATED);
        assertThat(activities.detail(orebroCafe, SupportedLanguage.UKRAINIAN).orElseThrow().machineTranslated()).isFalse();
        as(orebroMember, () -> assertThatThrownBy(() -> withMachine.machineDraft(orebroCafe, SupportedLanguage.UKRAINIAN,
                translations.text(orebroCafe, SupportedLanguage.UKRAINIAN).version()))
                .hasMessage("activity.translation.error.machine-replaces-person"), Roles.ORGANISATION_MEMBER);
    }

    @Test
    void aPersonsImportReplacesAMachineDraftSavedAfterTheExport() throws Exception {
        byte[] exported = callAs(gavleMember, () -> translations.export(SupportedLanguage.ENGLISH, need -> need.name()),
                Roles.ORGANISATION_MEMBER);
        String version = read(exported).stream().filter(row -> row.get("key").equals("activity." + gavleChoir + ".title"))
                .findFirst().orElseThrow().get("version");
        ActivityTranslationService withMachine = withMachine(echo(SupportedLanguage.SWEDISH, SupportedLanguage.ENGLISH));
        as(gavleCoordinator, () -> withMachine.machineDraft(gavleChoir, SupportedLanguage.ENGLISH,
                withMachine.text(gavleChoir, SupportedLanguage.ENGLISH).version()), Roles.COORDINATOR);

        TranslationImport result = callAs(gavleMember, () -> translations.importSheet(sheet(List.of(
                List.of("activity." + gavleChoir + ".title", "en", version, "Choir"),
                List.of("activity." + gavleChoir + ".description", "en", version, "We sing together.")))), Roles.ORGANISATION_MEMBER);

        assertThat(result.saved()).isEqualTo(1);
        assertThat(reload(gavleChoir).textIn(SupportedLanguage.ENGLISH).text()).isEqualTo(new ActivityText("Choir", "We sing together."));
        assertThat(states(gavleChoir)).containsEntry("en", TranslationState.TRANSLATED);
    }

    @Test
    void whenMachineTranslationFailsNothingIsSaved() {
        ActivityTranslationService failing = withMachine(new MachineTranslator() {
            @Override
            public Set<SupportedLanguage> languages() {
                return Set.of(SupportedLanguage.SWEDISH, SupportedLanguage.PERSIAN);
            }

            @Override
            public String translate(String text, SupportedLanguage from, SupportedLanguage to) {
                throw new MachineTranslationUnavailable("HTTP 500: test");
            }
        });

        as(gavleCoordinator, () -> assertThatThrownBy(() -> failing.machineDraft(gavleChoir, SupportedLanguage.PERSIAN,
                failing.text(gavleChoir, SupportedLanguage.PERSIAN).version()))
                .isInstanceOf(RuleViolation.class).hasMessage("activity.translation.error.machine-unavailable"), Roles.COORDINATOR);
        assertThat(states(gavleChoir)).doesNotContainKey("fa");
        as(gavleCoordinator, () -> assertThatThrownBy(() -> translations.machineDraft(gavleChoir, SupportedLanguage.PERSIAN,
                translations.text(gavleChoir, SupportedLanguage.PERSIAN).version()))
                .as("not configured at all").hasMessage("activity.translation.error.machine-unavailable"), Roles.COORDINATOR);
    }

    /**
     * The service as it is built when machine translation is configured. Without Spring's proxy it
     * has no transactions of its own: use it to read a text and for machine drafts (which run their
     * own), and the bean for everything else.
     */
    private ActivityTranslationService withMachine(MachineTranslator translator) {
        return new ActivityTranslationService(repository, organisations, areas, Optional.of(translator), transactionManager, clock);
    }

    private static MachineTranslator echo(SupportedLanguage... languages) {
        return new MachineTranslator() {
            @Override
            public Set<SupportedLanguage> languages() {
                return Set.of(languages);
            }

            @Override
            public String translate(String text, SupportedLanguage from, SupportedLanguage to) {
                return text;
            }
        };
    }

    /** A filled-in sheet as a spreadsheet program saves it: byte order mark, CR LF, the exported columns. */
    private static String sheet(List<List<String>> rows) throws Exception {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = CSVFormat.DEFAULT.print(text)) {
            printer.printRecord("key", "language", "source", "english", "current", "state", "version", "translation");
            for (List<String> row : rows) {
                printer.printRecord(row.get(0), row.get(1), "", "", "", "", row.get(2), row.get(3));
            }
        }
        return text.toString();
    }

    private static List<CSVRecord> read(byte[] csv) throws Exception {
        String content = new String(csv, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(content))) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
