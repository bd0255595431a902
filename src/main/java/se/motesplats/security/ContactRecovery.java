package se.motesplats.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.MessageChannel;
import se.motesplats.notification.Notice;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.Recipient;
import se.motesplats.notification.SmsService;
import se.motesplats.shared.RuleViolation;

/**
 * Account recovery for a person who lost both their e-mail address and their mobile number, so no
 * code reaches them. There is no self-service way: whatever a stranger could answer to prove it is
 * them, an attacker could answer too. An administrator who has checked the person's identity in
 * person (docs/security.md, "Account recovery") gives the account one new address or number.
 *
 * <p>Never one's own account, so a stolen administrator session cannot move its own sign-in. The old
 * address and number are told, in case one still works and the person did not ask for this. Every
 * session and remembered device of the account ends, since the lost phone may still be signed in, and
 * the second factor and passkeys go: staff work as staff again only after setting up a new app or passkey.
 */
@Service
public class ContactRecovery {

    /** What the old address and number are told: {@code .subject} and {@code .body} by e-mail, {@code .sms} by text message. */
    static final String NOTICE = "security.contact-recovered";

    private final AccountRepository accounts;
    private final ContactCipher cipher;
    private final SignedInSessions sessions;
    private final AuditLog audit;
    private final SecondFactor secondFactor;
    private final Notifications notifications;
    private final SmsService sms;

    ContactRecovery(AccountRepository accounts, ContactCipher cipher, SignedInSessions sessions, AuditLog audit, SecondFactor secondFactor,
            Notifications notifications, SmsService sms) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.sessions = sessions;
        this.audit = audit;
        this.secondFactor = secondFactor;
        this.notifications = notifications;
        this.sms = sms;
    }

    /** Gives the account the typed address or number in place of both lost ones. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public void replaceLostContact(long accountId, String typedEmailOrPhone) {
        if (CurrentPerson.required().accountId() == accountId) {
            throw new RuleViolation("security.recovery.own");
        }
        EmailOrPhone typed = EmailOrPhone.parse(typedEmailOrPhone)
                .orElseThrow(() -> new RuleViolation("security.sign-in.email-or-phone-invalid"));
        if (typed.isPhone() && !sms.available()) {
            throw new RuleViolation("security.sign-in.sms-unavailable");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        ContactCipher.SealedContact sealed = typed.isPhone() ? cipher.sealPhone(typed.phone()) : cipher.sealEmail(typed.email());
        (typed.isPhone() ? accounts.findByPhoneHash(sealed.hash()) : accounts.findByEmailHash(sealed.hash()))
                .filter(holder -> holder.id() != accountId).ifPresent(holder -> {
                    throw new RuleViolation("security.recovery.taken");
                });
        Optional<String> oldEmail = account.email(cipher).filter(email -> !email.equals(typed.email()));
        Optional<String> oldPhone = account.phone(cipher).filter(phone -> !phone.equals(typed.phone()));
        account.recoverWith(typed.isPhone() ? null : sealed, typed.isPhone() ? sealed : null);
        secondFactor.removeAll(accountId);
        int ended = sessions.endAllOf(accountId);
        audit.changed("security.contact-recovered", "account:" + accountId, accountId,
                (typed.isPhone() ? "new phone" : "new e-mail") + ", " + ended + " sessions ended");
        // queued in this transaction and sent with retries, to each old contact on its own channel
        SupportedLanguage language = SupportedLanguage.byTag(account.preferredLanguage()).orElse(SupportedLanguage.SOURCE);
        Map<String, Object> name = Map.of("name", account.firstName());
        oldEmail.ifPresent(email -> notifications.enqueue(new Notice(new Recipient(accountId, email, null, language, MessageChannel.EMAIL),
                NOTICE, name, null, null)));
        oldPhone.ifPresent(phone -> notifications.enqueue(new Notice(new Recipient(accountId, null, phone, language, MessageChannel.SMS),
                NOTICE, name, null, null)));
    }
}
