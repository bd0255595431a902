package se.motesplats.volunteering;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.notification.EmailService;
import se.motesplats.notification.Notice;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.Recipient;
import se.motesplats.security.AccountService;
import se.motesplats.security.Contact;

/**
 * Tells volunteers and newcomers about their matches in their own language. The messages hold no
 * one else's details: they send the person to "My matches", where only what they may see is shown.
 */
@Component
class MatchNotices {

    static final String MY_MATCHES = "/my-matches";

    private final AccountService accounts;
    private final Notifications notifications;
    private final TranslationProvider translations;
    private final String publicUrl;

    MatchNotices(AccountService accounts, Notifications notifications, TranslationProvider translations,
            @Value("${motesplats.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.translations = translations;
        this.publicUrl = publicUrl;
    }

    /** Queues a notice; {@code onceKey} (made unique to this module here) keeps it from going out twice. */
    void tell(long accountId, String template, ProgrammeKind programme, Map<String, Object> arguments, String onceKey) {
        Contact contact = accounts.contactOf(accountId).orElse(null);
        if (contact == null) {
            return;
        }
        Map<String, Object> all = new HashMap<>();
        arguments.forEach((name, value) -> all.put(name, value instanceof LocalDate day ? Formats.day(day, contact.language()) : value));
        all.put("name", contact.firstName());
        all.put("programme", translations.getTranslation(programme.translationKey(), contact.language().locale()));
        all.put("link", publicUrl + MY_MATCHES);
        all.put(EmailService.UNSUBSCRIBE_TOKEN, accounts.unsubscribeToken(accountId));
        notifications.enqueue(new Notice(new Recipient(contact.accountId(), contact.email(), contact.phone(), contact.language(), contact.notifyBy()),
                template, all, "volunteering:" + onceKey, null));
    }
}
