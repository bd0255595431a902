package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.ModuleTestBase;

class AccountAdministrationModuleTest extends ModuleTestBase {

    @Autowired
    AccountService accounts;

    @Test
    void onlyAnAdministratorChangesRoles() {
        long id = accounts.ensureAccount("role.change@motesplats.test", "Rami", SupportedLanguage.ARABIC, List.of(Roles.PARTICIPANT));
        as(id, () -> assertThatThrownBy(() -> accounts.setRoles(id, List.of(Roles.ADMINISTRATOR)))
                .isInstanceOf(AuthorizationDeniedException.class), Roles.PARTICIPANT);
        SystemActor.runAsAdministrator(() -> assertThat(accounts.setRoles(id, List.of(Roles.VOLUNTEER)).roles())
                .containsExactly(Roles.VOLUNTEER));
    }

    @Test
    void ensuringAnAccountTwiceKeepsOne() {
        long first = accounts.ensureAccount("twice@motesplats.test", "Sam", SupportedLanguage.SOMALI, List.of());
        long second = accounts.ensureAccount("TWICE@motesplats.test", "Sam", SupportedLanguage.SOMALI, List.of());
        assertThat(second).isEqualTo(first);
    }
}
