package se.motesplats.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.Formats;
import se.motesplats.notification.Notice;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.Recipient;
import se.motesplats.security.AccountPrivacy;
import se.motesplats.security.AccountService;

/**
 * Tells a person, in their language and by the channel they chose, that their unused account will be
 * erased unless they sign in by a day, and records that they were told. A person who can no longer
 * be reached (every address stopped) is recorded as told all the same, so that the erasure still waits
 * the same time and then happens: their choice to hear nothing is respected, not used to keep their data.
 */
@Component
class ErasureWarning {

    static final String TEMPLATE = "privacy.erasure-warning";

    private final AccountService accounts;
    private final AccountPrivacy accountPrivacy;
    private final Notifications notifications;
    private final String publicUrl;

    ErasureWarning(AccountService accounts, AccountPrivacy accountPrivacy, Notifications notifications,
            @Value("${motesplats.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.accountPrivacy = accountPrivacy;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    @Transactional
    public void warn(long accountId, LocalDate signInBy, Instant now) {
        accounts.contactOf(accountId).ifPresent(contact -> notifications.enqueue(new Notice(
                new Recipient(contact.accountId(), contact.email(), contact.phone(), contact.language(), contact.notifyBy()), TEMPLATE,
                Map.of("name", contact.firstName(), "day", Formats.day(signInBy, contact.language()), "link", publicUrl + "/sign-in"),
                "privacy:erasure-warning:" + accountId + ":" + now.toEpochMilli(), null)));
        accountPrivacy.warnedOfErasure(accountId, now);
    }
}
