package se.motesplats.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.SupportedLanguage;

/**
 * A new install gets its first administrator from configuration on first start: an e-mail address
 * that then signs in with a one-time code. There is no default password, and nothing happens once
 * an administrator exists.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String email;
    private final String firstName;

    FirstAdministrator(AccountService accounts,
            @Value("${motesplats.first-administrator.email:}") String email,
            @Value("${motesplats.first-administrator.first-name:Administratör}") String firstName) {
        this.accounts = accounts;
        this.email = email;
        this.firstName = firstName;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfNoneExists() {
        if (accounts.anyoneHasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (email.isBlank()) {
            log.warn("No administrator exists yet: set MOTESPLATS_FIRST_ADMINISTRATOR_EMAIL and restart.");
            return;
        }
        accounts.ensureAccount(email, firstName, SupportedLanguage.SOURCE, List.of(Roles.ADMINISTRATOR));
        log.info("Created the first administrator from configuration.");
    }
}
