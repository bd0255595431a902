package se.motesplats.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityCard;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityDraft;
import se.motesplats.activity.ActivityFilter;
import se.motesplats.activity.ActivityPlan;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivityText;
import se.motesplats.activity.AgeRange;
import se.motesplats.activity.Position;
import se.motesplats.activity.Schedule;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.activity.TargetGroup;
import se.motesplats.activity.Venue;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.OrganisationSummary;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;

/**
 * Loads the demo story through the modules' own services, idempotently, so a restart of the demo
 * keeps what visitors did and adds nothing twice.
 */
@Component
@Profile("demo")
class DemoData {

    static final String KRISTIANSTAD = "1290";
    static final String HELSINGBORG = "1283";
    static final String LUND = "1281";

    /** A person for every role; each signs in with a code that appears in the development outbox. */
    record DemoPerson(String email, String firstName, SupportedLanguage language, List<String> roles) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("amina@motesplats.example", "Amina", SupportedLanguage.ARABIC, List.of(Roles.PARTICIPANT)),
            new DemoPerson("yonas@motesplats.example", "Yonas", SupportedLanguage.TIGRINYA, List.of(Roles.PARTICIPANT)),
            new DemoPerson("karin@motesplats.example", "Karin", SupportedLanguage.SWEDISH, List.of(Roles.VOLUNTEER)),
            new DemoPerson("erik@motesplats.example", "Erik", SupportedLanguage.SWEDISH, List.of(Roles.ORGANISATION_MEMBER)),
            new DemoPerson("sara@motesplats.example", "Sara", SupportedLanguage.SWEDISH,
                    List.of(Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER)),
            new DemoPerson("lena@motesplats.example", "Lena", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR)),
            new DemoPerson("omar@motesplats.example", "Omar", SupportedLanguage.SWEDISH, List.of(Roles.CASE_OFFICER)),
            new DemoPerson("admin@motesplats.example", "Alva", SupportedLanguage.SWEDISH, List.of(Roles.ADMINISTRATOR)));

    record DemoOrganisation(String name, OrganisationKind kind, String municipalityCode) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("Studieförbundet Vuxenskolan Kristianstad", OrganisationKind.STUDY_ASSOCIATION, KRISTIANSTAD),
            new DemoOrganisation("IFK Kristianstad ungdom", OrganisationKind.SPORTS_CLUB, KRISTIANSTAD),
            new DemoOrganisation("Heliga Trefaldighets församling", OrganisationKind.FAITH_COMMUNITY, KRISTIANSTAD),
            new DemoOrganisation("Röda Korset Helsingborg", OrganisationKind.AID_ORGANISATION, HELSINGBORG),
            new DemoOrganisation("Kvinnors nätverk Helsingborg", OrganisationKind.WOMENS_ASSOCIATION, HELSINGBORG),
            new DemoOrganisation("ABF Helsingborg", OrganisationKind.STUDY_ASSOCIATION, HELSINGBORG),
            new DemoOrganisation("Kulturföreningen Mötet, Lund", OrganisationKind.CULTURAL_ASSOCIATION, LUND),
            new DemoOrganisation("Hyresgästföreningen Norra Fäladen", OrganisationKind.TENANTS_ASSOCIATION, LUND));

    /**
     * The sewing circle, the choir and homework help take sign-ups (homework help has few places, so
     * its queue shows; the others' past meetings have people with a place to call the roll of); the
     * rest are drop-in.
     */
    private static boolean dropIn(ActivityCategory category) {
        return category != ActivityCategory.CRAFTS && category != ActivityCategory.HOMEWORK_HELP
                && category != ActivityCategory.MUSIC;
    }

    private static @Nullable Integer capacity(ActivityCategory category) {
        return switch (category) {
            case CRAFTS -> 12;
            case HOMEWORK_HELP -> 2;
            default -> null;
        };
    }

    /** The youth football is for teenagers. */
    private static AgeRange ages(ActivityCategory category) {
        return category == ActivityCategory.SPORT ? new AgeRange(13, 19) : AgeRange.ANY;
    }

    /** A weekly activity of a demo association, its texts in Swedish, English and Arabic. */
    record DemoActivity(String organisation, ActivityCategory category, DayOfWeek day, LocalTime start, int minutes,
            SwedishLevel swedish, TargetGroup target, boolean childcare, boolean stepFree, String venue, String address, Position pin,
            String svTitle, String svText, String enTitle, String enText, String arTitle, String arText) {
    }

    static final List<DemoActivity> ACTIVITIES = List.of(
            new DemoActivity("Studieförbundet Vuxenskolan Kristianstad", ActivityCategory.LANGUAGE_CAFE, DayOfWeek.TUESDAY,
                    LocalTime.of(17, 30), 120, SwedishLevel.NONE, TargetGroup.EVERYONE, true, true,
                    "Stadsbiblioteket", "Föreningsgatan 4", new Position(56.0312, 14.1549),
                    "Språkkafé på biblioteket", "Vi fikar och pratar svenska i lugn takt. Alla är välkomna, ingen anmälan behövs.",
                    "Language café at the library", "Coffee and easy conversation in Swedish. Everyone is welcome, just come.",
                    "مقهى اللغة في المكتبة", "نشرب القهوة ونتحدث السويدية بهدوء. الجميع مرحب بهم، لا حاجة للتسجيل."),
            new DemoActivity("Röda Korset Helsingborg", ActivityCategory.LANGUAGE_CAFE, DayOfWeek.THURSDAY,
                    LocalTime.of(14, 0), 90, SwedishLevel.NONE, TargetGroup.EVERYONE, false, true,
                    "Röda Korsets lokal", "Bruksgatan 20", new Position(56.0478, 12.6947),
                    "Språkcafé med Röda Korset", "Träna svenska med volontärer över en kopp kaffe.",
                    "Red Cross language café", "Practise Swedish with volunteers over a cup of coffee.",
                    "مقهى اللغة مع الصليب الأحمر", "تدرّب على السويدية مع متطوعين على فنجان قهوة."),
            new DemoActivity("Kvinnors nätverk Helsingborg", ActivityCategory.CRAFTS, DayOfWeek.WEDNESDAY,
                    LocalTime.of(10, 0), 120, SwedishLevel.NONE, TargetGroup.WOMEN, true, false,
                    "Dalhems träffpunkt", "Dalhemsvägen 11", new Position(56.0330, 12.7352),
                    "Syjunta för kvinnor", "Vi syr, lagar kläder och lär känna varandra. Barnpassning finns.",
                    "Sewing circle for women", "We sew, mend clothes and get to know each other. Childcare is available.",
                    "حلقة خياطة للنساء", "نخيط ونصلح الملابس ونتعرف على بعضنا. تتوفر رعاية للأطفال."),
            new DemoActivity("IFK Kristianstad ungdom", ActivityCategory.SPORT, DayOfWeek.SATURDAY,
                    LocalTime.of(11, 0), 90, SwedishLevel.NONE, TargetGroup.YOUTH, false, true,
                    "Kristianstads IP", "Idrottsvägen 2", new Position(56.0393, 14.1397),
                    "Fotboll för unga", "Öppen träning för alla mellan 12 och 19 år. Ta med skor och vattenflaska.",
                    "Football for young people", "Open training for everyone aged 12 to 19. Bring shoes and a water bottle.",
                    "كرة القدم للشباب", "تدريب مفتوح للجميع من عمر ١٢ إلى ١٩ سنة. أحضر حذاءً وزجاجة ماء."),
            new DemoActivity("Heliga Trefaldighets församling", ActivityCategory.MUSIC, DayOfWeek.MONDAY,
                    LocalTime.of(18, 30), 90, SwedishLevel.BEGINNER, TargetGroup.EVERYONE, false, true,
                    "Församlingshemmet", "Västra Storgatan 6", new Position(56.0305, 14.1523),
                    "Kör för alla", "Vi sjunger enkla sånger på svenska och andra språk. Du behöver inte kunna noter.",
                    "Choir for everyone", "We sing simple songs in Swedish and other languages. No need to read music.",
                    "جوقة للجميع", "نغني أغاني بسيطة بالسويدية ولغات أخرى. لا حاجة لقراءة النوتة."),
            new DemoActivity("ABF Helsingborg", ActivityCategory.HOMEWORK_HELP, DayOfWeek.WEDNESDAY,
                    LocalTime.of(16, 0), 120, SwedishLevel.BEGINNER, TargetGroup.CHILDREN, false, true,
                    "ABF-huset", "Järnvägsgatan 25", new Position(56.0441, 12.6951),
                    "Läxhjälp", "Volontärer hjälper barn och unga med läxorna. Föräldrar är välkomna att vara med.",
                    "Homework help", "Volunteers help children and young people with homework. Parents are welcome too.",
                    "مساعدة في الواجبات المدرسية", "متطوعون يساعدون الأطفال والشباب في واجباتهم. الأهل مرحب بهم أيضاً."),
            new DemoActivity("Kulturföreningen Mötet, Lund", ActivityCategory.CULTURE_CAFE, DayOfWeek.FRIDAY,
                    LocalTime.of(18, 0), 150, SwedishLevel.NONE, TargetGroup.FAMILIES, true, true,
                    "Mötets lokal", "Bangatan 10", new Position(55.7046, 13.1869),
                    "Kulturkafé", "Musik, mat och samtal från hela världen. Ta gärna med en rätt från ditt land.",
                    "Culture café", "Music, food and conversation from all over the world. Bring a dish from your country if you like.",
                    "مقهى ثقافي", "موسيقى وطعام وأحاديث من كل أنحاء العالم. أحضر طبقاً من بلدك إن أردت."));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final AreaService areas;
    private final OrganisationService organisations;
    private final ActivityService activities;
    private final DemoAttendance attendance;
    private final DemoVolunteering volunteering;
    private final DemoDemand demand;
    private final DemoFunding funding;
    private final Clock clock;
    private final boolean meetingNow;

    DemoData(AccountService accounts, AreaService areas, OrganisationService organisations, ActivityService activities,
            DemoAttendance attendance, DemoVolunteering volunteering, DemoDemand demand, DemoFunding funding, Clock clock,
            @Value("${motesplats.demo.meeting-now:false}") boolean meetingNow) {
        this.accounts = accounts;
        this.areas = areas;
        this.organisations = organisations;
        this.activities = activities;
        this.attendance = attendance;
        this.volunteering = volunteering;
        this.demand = demand;
        this.funding = funding;
        this.clock = clock;
        this.meetingNow = meetingNow;
    }

    /**
     * For the load test (src/load/load-test.sh, docs/performance.md): a café of Erik's association that meets
     * on today's weekday from the hour the demo starts, so that a roll call is open and leaders' marks are
     * stored whenever the test runs, not only on Tuesday evenings. Its texts say what it is.
     */
    private DemoActivity meetingForTheLoadTest() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Zones.STOCKHOLM));
        return new DemoActivity("Studieförbundet Vuxenskolan Kristianstad", ActivityCategory.LANGUAGE_CAFE, now.getDayOfWeek(),
                LocalTime.of(now.getHour(), 0), 180, SwedishLevel.NONE, TargetGroup.EVERYONE, false, true,
                "Stadsbiblioteket", "Föreningsgatan 4", new Position(56.0312, 14.1549),
                "Språkkafé för lasttestet", "En träff som pågår just nu, så att ledarnas avprickning ingår i lasttestet.",
                "Language café for the load test", "A meeting happening right now, so that leaders’ roll calls are part of the load test.",
                "مقهى اللغة لاختبار الحمل", "لقاء يجري الآن، لكي يكون تسجيل الحضور من القادة جزءاً من اختبار الحمل.");
    }

    /**
     * Weekly from six weeks ago, so the demo has past meetings and coming ones whatever today is:
     * six past meetings with attendance, more than the five a funding scheme may ask for.
     */
    private long publish(DemoActivity demo, OrganisationSummary organisation) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        LocalDate first = today.minusWeeks(6).with(TemporalAdjusters.nextOrSame(demo.day()));
        ActivityDraft draft = new ActivityDraft(organisation.id(), SupportedLanguage.SWEDISH,
                Map.of(SupportedLanguage.SWEDISH, new ActivityText(demo.svTitle(), demo.svText()),
                        SupportedLanguage.ENGLISH, new ActivityText(demo.enTitle(), demo.enText()),
                        SupportedLanguage.ARABIC, new ActivityText(demo.arTitle(), demo.arText())),
                demo.category(), demo.target(), demo.swedish(), Set.of(SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC,
                        SupportedLanguage.ENGLISH),
                new Venue(organisation.municipalityCode(), demo.venue(), demo.address(), demo.pin().latitude(), demo.pin().longitude(),
                        demo.stepFree(), false),
                0, demo.childcare(), dropIn(demo.category()), capacity(demo.category()), ages(demo.category()),
                new ActivityPlan(true, demo.category() == ActivityCategory.SPORT, true,
                        "Deltagarna tränar svenska och lär känna människor i föreningen.", 20, "NAD"),
                Schedule.weekly(first, demo.start(), demo.minutes(), demo.day(), today.plusMonths(6)));
        long id = activities.createDraft(draft);
        activities.submit(id);
        activities.approve(id);
        activities.publish(id);
        return id;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        SystemActor.runAsAdministrator(() -> {
            Map<String, Long> people = new HashMap<>();
            for (DemoPerson person : PEOPLE) {
                long id = accounts.ensureAccount(person.email(), person.firstName(), person.language(), person.roles());
                people.put(person.email(), id);
                if (person.roles().contains(Roles.COORDINATOR) || person.roles().contains(Roles.CASE_OFFICER)) {
                    // Hässleholm has wishes and no activity yet: the biggest kind of gap (DemoDemand)
                    areas.setScope(id, List.of(KRISTIANSTAD, HELSINGBORG, LUND, DemoDemand.HASSLEHOLM));
                }
            }
            long erik = people.get("erik@motesplats.example");
            long sara = people.get("sara@motesplats.example");
            Map<String, OrganisationSummary> byName = new HashMap<>();
            for (DemoOrganisation org : ORGANISATIONS) {
                OrganisationSummary added = organisations.add(org.name(), org.kind(), org.municipalityCode());
                organisations.verify(added.id());
                // Erik runs the Kristianstad associations, Sara the Helsingborg and Lund ones
                organisations.addMember(added.id(), org.municipalityCode().equals(KRISTIANSTAD) ? erik : sara,
                        OrganisationRole.ADMINISTRATOR);
                byName.put(org.name(), added);
            }
            Map<String, Long> activityIds = new HashMap<>();
            Map<String, SignedInPerson> leaders = new HashMap<>();
            List<DemoActivity> shown = meetingNow ? Stream.concat(ACTIVITIES.stream(), Stream.of(meetingForTheLoadTest())).toList()
                    : ACTIVITIES;
            for (DemoActivity activity : shown) {
                OrganisationSummary organisation = byName.get(activity.organisation());
                long id = activities.findPublished(new ActivityFilter(null, null, Set.of(), activity.svTitle()),
                                SupportedLanguage.SWEDISH, 0, 5).stream()
                        .filter(card -> card.title().equals(activity.svTitle())).findFirst()
                        .map(ActivityCard::id).orElseGet(() -> publish(activity, organisation));
                activityIds.put(activity.svTitle(), id);
                leaders.put(activity.svTitle(), signedIn(organisation.municipalityCode().equals(KRISTIANSTAD)
                        ? "erik@motesplats.example" : "sara@motesplats.example", people));
            }
            if (areas.knutpunkter().isEmpty()) {
                areas.createKnutpunkt("Knutpunkt Skåne", List.of(KRISTIANSTAD, HELSINGBORG, LUND));
            }
            attendance.load(activityIds, leaders, signedIn("lena@motesplats.example", people));
            funding.load(activityIds.get(DemoFunding.CLAIMING_ACTIVITY), leaders.get(DemoFunding.CLAIMING_ACTIVITY));
            demand.load();
            volunteering.load(signedIn("karin@motesplats.example", people), signedIn("amina@motesplats.example", people),
                    signedIn("yonas@motesplats.example", people), signedIn("lena@motesplats.example", people));
        });
        log.info("Demo data ready: sign in as admin@motesplats.example (codes appear at /dev/outbox).");
    }

    /** A demo person as they are once signed in, for what the demo does in their name. */
    private static SignedInPerson signedIn(String email, Map<String, Long> people) {
        DemoPerson person = PEOPLE.stream().filter(demo -> demo.email().equals(email)).findFirst().orElseThrow();
        return new SignedInPerson(people.get(email), person.firstName(), Set.copyOf(person.roles()));
    }
}
