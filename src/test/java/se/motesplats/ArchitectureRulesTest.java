package se.motesplats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The house rules of DESIGN.md, each with the reason it exists. */
class ArchitectureRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.motesplats");
    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("se.motesplats");

    @Test
    void viewsUseServicesNotRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("views talk to their module's service, which returns records and ends the transaction")
                .check(MAIN);
    }

    @Test
    void everyRouteCarriesAnAccessAnnotation() {
        classes().that().areAnnotatedWith(Route.class)
                .or().areAssignableTo(com.vaadin.flow.component.Component.class).and().haveSimpleNameEndingWith("View")
                .should(carryAnAccessAnnotation())
                .because("security comes twice: every route states who may open it, and services check again")
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> carryAnAccessAnnotation() {
        return new ArchCondition<>("carry @AnonymousAllowed, @PermitAll, @RolesAllowed or @DenyAll") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                boolean annotated = view.isAnnotatedWith(AnonymousAllowed.class) || view.isAnnotatedWith(PermitAll.class)
                        || view.isAnnotatedWith(RolesAllowed.class) || view.isAnnotatedWith(DenyAll.class);
                events.add(new SimpleConditionEvent(view, annotated, view.getName() + (annotated ? " has" : " lacks")
                        + " an access annotation"));
            }
        };
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time comes from an injected Clock, so that tests control it instead of sleeping")
                .check(MAIN);
    }

    @Test
    void servicesDoNotUseTheUserInterface() {
        noClasses().that().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..", "..ui..")
                .because("services are called from views, events and jobs alike and must not depend on a UI")
                .check(MAIN);
    }

    @Test
    void servicesAreNotFinal() {
        classes().that().areAnnotatedWith(Service.class)
                .should().notHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                .because("final services defeat Spring's proxies, and with them transactions and method security")
                .check(MAIN);
    }

    @Test
    void testClassNamesTellTheirTier() {
        classes().that().areAssignableTo(se.motesplats.testing.ModuleTestBase.class).and().areNotAssignableFrom(se.motesplats.testing.ModuleTestBase.class)
                .should().haveSimpleNameEndingWith("ModuleTest")
                .because("module tests run against the embedded MariaDB and are named *ModuleTest")
                .check(TESTS);
        classes().that().areAssignableTo(se.motesplats.testing.BrowserTestBase.class).and().areNotAssignableFrom(se.motesplats.testing.BrowserTestBase.class)
                .should().haveSimpleNameEndingWith("BrowserTest").orShould().haveSimpleNameEndingWith("Benchmark")
                .because("real-browser journeys are named *BrowserTest; benchmarks that drive a browser, *Benchmark (benchmark profile only)")
                .check(TESTS);
        classes().that().haveSimpleNameEndingWith("ModuleTest")
                .should().beAssignableTo(se.motesplats.testing.ModuleTestBase.class)
                .because("a *ModuleTest shares the one Spring context through its base class")
                .allowEmptyShould(true)
                .check(TESTS);
    }
}
