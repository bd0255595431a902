package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.testing.ModuleTestBase;

/** A new install gets its administrator from configuration once, and never a second one that way. */
class FirstAdministratorModuleTest extends ModuleTestBase {

    @Autowired
    AccountService accounts;

    @Test
    void createsTheConfiguredAdministratorOnlyWhileNoneExists() {
        new FirstAdministrator(accounts, "first.admin@motesplats.test", "Frida").createIfNoneExists();
        assertThat(accounts.anyoneHasRole(Roles.ADMINISTRATOR)).isTrue();

        new FirstAdministrator(accounts, "second.admin@motesplats.test", "Sigrid").createIfNoneExists();
        SystemActor.runAsAdministrator(() -> assertThat(accounts.listAccounts())
                .noneMatch(account -> account.contact().equals("second.admin@motesplats.test")));
    }
}
