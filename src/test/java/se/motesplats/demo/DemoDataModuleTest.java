package se.motesplats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.area.AreaService;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.AccountSummary;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.testing.ModuleTestBase;

/** The demo story loads through the modules' services, and loading it again adds nothing. */
class DemoDataModuleTest extends ModuleTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    AreaService areas;
    @Autowired
    OrganisationService organisations;
    @Autowired
    se.motesplats.activity.ActivityService activities;
    @Autowired
    java.time.Clock clock;

    @Test
    void loadsAPersonForEveryRoleAndEightAssociationsOnce() {
        DemoData demo = new DemoData(accounts, areas, organisations, activities, clock);
        demo.load();
        demo.load();

        SystemActor.runAsAdministrator(() -> {
            var demoPeople = accounts.listAccounts().stream()
                    .filter(account -> account.contact().endsWith("@motesplats.example")).toList();
            assertThat(demoPeople).hasSize(DemoData.PEOPLE.size());
            assertThat(demoPeople.stream().flatMap(person -> person.roles().stream()).distinct())
                    .containsExactlyInAnyOrderElementsOf(Roles.ALL);
            AccountSummary coordinator = demoPeople.stream().filter(p -> p.roles().contains(Roles.COORDINATOR)).findFirst().orElseThrow();
            assertThat(areas.scopeOf(coordinator.id()))
                    .containsExactlyInAnyOrder(DemoData.KRISTIANSTAD, DemoData.HELSINGBORG, DemoData.LUND);
        });
        assertThat(organisations.list().stream().filter(org -> DemoData.ORGANISATIONS.stream()
                .anyMatch(demoOrg -> demoOrg.name().equals(org.name())))).hasSize(8);
        for (DemoData.DemoActivity demoActivity : DemoData.ACTIVITIES) {
            assertThat(activities.findPublished(new se.motesplats.activity.ActivityFilter(null, null, java.util.Set.of(),
                    demoActivity.svTitle()), se.motesplats.i18n.SupportedLanguage.ARABIC, 0, 5))
                    .as("%s is published once, with an Arabic title and a coming meeting", demoActivity.svTitle())
                    .singleElement().satisfies(card -> assertThat(card.title()).isEqualTo(demoActivity.arTitle()));
        }
        assertThat(areas.knutpunkter()).extracting(k -> k.name()).containsOnlyOnce("Knutpunkt Skåne");
    }
}
