package se.motesplats.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;

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

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final AreaService areas;
    private final OrganisationService organisations;

    DemoData(AccountService accounts, AreaService areas, OrganisationService organisations) {
        this.accounts = accounts;
        this.areas = areas;
        this.organisations = organisations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        SystemActor.runAsAdministrator(() -> {
            for (DemoPerson person : PEOPLE) {
                long id = accounts.ensureAccount(person.email(), person.firstName(), person.language(), person.roles());
                if (person.roles().contains(Roles.COORDINATOR) || person.roles().contains(Roles.CASE_OFFICER)) {
                    areas.setScope(id, List.of(KRISTIANSTAD, HELSINGBORG, LUND));
                }
            }
            ORGANISATIONS.forEach(org -> organisations.add(org.name(), org.kind(), org.municipalityCode()));
            if (areas.knutpunkter().isEmpty()) {
                areas.createKnutpunkt("Knutpunkt Skåne", List.of(KRISTIANSTAD, HELSINGBORG, LUND));
            }
        });
        log.info("Demo data ready: sign in as admin@motesplats.example (codes appear at /dev/outbox).");
    }
}
