package se.motesplats.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.testing.ModuleTestBase;

class AreaModuleTest extends ModuleTestBase {

    @Autowired
    AreaService areas;
    @Autowired
    AccountService accounts;

    @Test
    void holdsSwedensCountiesAndMunicipalities() {
        assertThat(areas.counties()).hasSize(21).containsEntry("12", "Skåne län");
        assertThat(areas.municipalities()).hasSize(290)
                .allSatisfy(m -> assertThat(m.code()).startsWith(m.countyCode()));
        assertThat(areas.municipality("1290")).get().extracting(Municipality::name).isEqualTo("Kristianstad");
    }

    @Test
    void anAdministratorScopesACoordinator() {
        long coordinator = accounts.ensureAccount("scope@motesplats.test", "Lina", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        as(coordinator, () -> assertThatThrownBy(() -> areas.setScope(coordinator, List.of("1281")))
                .isInstanceOf(AuthorizationDeniedException.class), Roles.COORDINATOR);
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of("1281", "1283")));
        assertThat(areas.scopeOf(coordinator)).containsExactly("1281", "1283");
    }
}
