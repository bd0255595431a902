package se.motesplats.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.LanguageChosen;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.MessageChannel;
import se.motesplats.notification.PhoneNumbers;
import se.motesplats.notification.SmsService;
import se.motesplats.shared.Names;
import se.motesplats.shared.RateLimits;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.TextLimits;

/** Accounts and their roles. Role changes are for administrators only. */
@Service
public class AccountService {

    static final RateLimits.Limit JOINS_PER_NETWORK = new RateLimits.Limit("join-network", 100, java.time.Duration.ofHours(1));

    private final AccountRepository accounts;
    private final ContactCipher cipher;
    private final RateLimits limits;
    private final SmsService sms;
    private final Clock clock;
    private final AuditLog audit;
    private final PhoneChanges phoneChanges;

    AccountService(AccountRepository accounts, ContactCipher cipher, RateLimits limits, SmsService sms, Clock clock, AuditLog audit,
            PhoneChanges phoneChanges) {
        this.audit = audit;
        this.phoneChanges = phoneChanges;
        this.accounts = accounts;
        this.cipher = cipher;
        this.limits = limits;
        this.sms = sms;
        this.clock = clock;
    }

    /**
     * The account for an address, created with the given roles if it does not exist yet. For
     * system use (first administrator, demo data), not reachable from any view.
     */
    @Transactional
    public long ensureAccount(String email, String firstName, SupportedLanguage language, Collection<String> roles) {
        Account account = accounts.findByEmailHash(cipher.emailHash(email))
                .orElseGet(() -> accounts.save(new Account(cipher.sealEmail(email), null, firstName, language.tag(), clock.instant())));
        roles.forEach(account::grant);
        return account.id();
    }

    /**
     * The caller registered an association or accepted an invitation to one, and so became an organisation
     * member (and a leader, when invited as one): the roles follow from what they did, and their session gets
     * them at once. Only these roles, only for themselves.
     */
    @Transactional
    public void becameOrganisationMember(boolean leader) {
        if (leader) {
            grantToCaller(Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);
        } else {
            grantToCaller(Roles.ORGANISATION_MEMBER);
        }
    }

    /** The caller signed up as a volunteer: as {@link #becameOrganisationMember}, for the volunteer role. */
    @Transactional
    public void becameVolunteer() {
        grantToCaller(Roles.VOLUNTEER);
    }

    private void grantToCaller(String... roles) {
        SignedInPerson caller = CurrentPerson.required();
        Account account = accounts.findById(caller.accountId())
                .orElseThrow(() -> new IllegalArgumentException("No account " + caller.accountId()));
        Arrays.stream(roles).forEach(account::grant);
        SessionAuthentication.refreshIfCaller(account.asSignedIn());
    }

    /**
     * An association's administrator invites a volunteer by e-mail: the account is created if needed,
     * without any role, so the person can sign in with a code and answer the invitation; the roles come
     * with the yes ({@link #becameOrganisationMember}). The caller's right to invite is checked by the
     * organisation module.
     */
    @Transactional
    public long ensureInvitee(String email, String firstName) {
        return ensureAccount(email, firstName, SupportedLanguage.SOURCE, List.of());
    }

    /** First names of accounts, for lists where colleagues recognise each other; no contact details. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> firstNames(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .collect(java.util.stream.Collectors.toMap(Account::id, Account::shownName));
    }

    /** How to reach a person; for notices, not for showing. */
    @Transactional(readOnly = true)
    public java.util.Optional<Contact> contactOf(long accountId) {
        // after STOP no number at all, so that the fallback from e-mail cannot text a phone-only person either
        return accounts.findById(accountId).map(account -> new Contact(account.id(), account.firstName(),
                account.emailStopped() ? null : account.email(cipher).orElse(null),
                account.smsStopped() ? null : account.phone(cipher).orElse(null), account.notifyBy(),
                SupportedLanguage.byTag(account.preferredLanguage()).orElse(SupportedLanguage.SOURCE)));
    }

    /**
     * The token in a notice's unsubscribe link: the account id and a keyed hash of it, so that the
     * link works without signing in and cannot be made up for someone else.
     */
    public String unsubscribeToken(long accountId) {
        return accountId + "-" + cipher.hash("unsubscribe:" + accountId).substring(0, 32);
    }

    /** Follows an unsubscribe link: no more notices by e-mail. Whether the token was valid. */
    @Transactional
    public boolean unsubscribe(String token) {
        int dash = token.indexOf('-');
        if (dash < 1 || !token.substring(0, dash).chars().allMatch(Character::isDigit) || dash > 18) {
            return false;
        }
        long accountId = Long.parseLong(token.substring(0, dash));
        boolean genuine = java.security.MessageDigest.isEqual(unsubscribeToken(accountId).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (genuine) {
            accounts.findById(accountId).ifPresent(Account::stopEmail);
        }
        return genuine;
    }

    /** The caller's own name and contact details, for their profile page. */
    @Transactional(readOnly = true)
    public MyContact myContact() {
        Account account = caller();
        return new MyContact(account.firstName(), account.email(cipher).orElse(null), account.phone(cipher).orElse(null), account.notifyBy(),
                account.smsStopped());
    }

    /** The caller changes the first name leaders see. */
    @Transactional
    public void rename(String typedFirstName) {
        String firstName = Names.clean(typedFirstName);
        if (firstName.isEmpty() || firstName.length() > 100) {
            throw new RuleViolation("people.join.first-name-missing");
        }
        caller().rename(firstName);
    }

    /**
     * The caller adds, changes or (with a blank value) removes their phone number, typed as people
     * type them; it is stored in E.164, encrypted, and may belong to one account only. A new number
     * is taken only when the code sent to it is typed ({@link #confirmPhone}).
     */
    @Transactional
    public PhoneChange changePhone(String typed) {
        Account account = caller();
        if (typed.isBlank()) {
            boolean had = account.phone(cipher).isPresent();
            account.changePhone(null);
            return had ? PhoneChange.REMOVED : PhoneChange.UNCHANGED;
        }
        String number = PhoneNumbers.toE164(typed).orElseThrow(() -> new RuleViolation("people.profile.phone-invalid"));
        if (account.phone(cipher).filter(number::equals).isPresent()) {
            return PhoneChange.UNCHANGED;
        }
        requireFree(account, number);
        phoneChanges.start(account, cipher.sealPhone(number), number);
        return PhoneChange.CODE_SENT;
    }

    /** The caller types the code sent to their new number; right and in time, the number is theirs. */
    @Transactional
    public boolean confirmPhone(String typedCode) {
        Account account = caller();
        return phoneChanges.confirm(account, typedCode).map(phone -> {
            accounts.findByPhoneHash(phone.hash()).filter(other -> other.id() != account.id()).ifPresent(other -> {
                throw new RuleViolation("people.profile.phone-taken");
            });
            account.changePhone(phone);
            audit.changed("security.phone-changed", "account:" + account.id(), account.id(), null);
            return true;
        }).orElse(false);
    }

    private void requireFree(Account account, String number) {
        accounts.findByPhoneHash(cipher.phoneHash(number)).filter(other -> other.id() != account.id()).ifPresent(other -> {
            throw new RuleViolation("people.profile.phone-taken");
        });
    }

    /** What saving a phone number did. */
    public enum PhoneChange { UNCHANGED, REMOVED, CODE_SENT }

    /** How the caller wants reminders and notices; SMS needs a phone number. */
    @Transactional
    public void notifyBy(MessageChannel channel) {
        Account account = caller();
        if (channel == MessageChannel.SMS && account.phone(cipher).isEmpty()) {
            throw new RuleViolation("people.profile.phone-needed");
        }
        account.notifyBy(channel);
    }

    /** The account a phone number belongs to, for replies to text messages. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> accountWithPhone(String e164) {
        return accounts.findByPhoneHash(cipher.phoneHash(e164)).map(Account::id);
    }

    /** The person behind this number answered STOP: they get e-mail instead until they choose SMS again. */
    @Transactional
    public void stopSms(String e164) {
        accounts.findByPhoneHash(cipher.phoneHash(e164)).ifPresent(Account::stopSms);
    }

    /**
     * A person with protected identity appears under an alias to everyone else, from now on; a
     * blank alias lifts the protection. Administrators and coordinators decide it.
     */
    // administrators only: coordinators' areas are not known here (area sits above security)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public void protectIdentity(long accountId, String typedAlias) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        String alias = Names.clean(typedAlias);
        TextLimits.require(alias, TextLimits.NAME);
        if (alias.isEmpty()) {
            account.liftProtection();
        } else {
            account.protectIdentity(alias);
        }
        audit.changed(alias.isEmpty() ? "security.protection-lifted" : "security.identity-protected", "account:" + accountId, accountId, null);
    }

    /**
     * A case officer or coordinator registers a newcomer who is with them, to refer them to an
     * activity. An existing account is used as it is; the newcomer signs in later with a code.
     */
    @RolesAllowed({Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public long registerReferred(String email, String typedFirstName, SupportedLanguage language) {
        String firstName = Names.clean(typedFirstName);
        if (firstName.isEmpty() || firstName.length() > 100) {
            throw new RuleViolation("people.join.first-name-missing");
        }
        return ensureAccount(email, firstName, language, List.of(Roles.PARTICIPANT));
    }

    private Account caller() {
        long accountId = CurrentPerson.required().accountId();
        return accounts.findById(accountId).orElseThrow(() -> new IllegalStateException("No account " + accountId));
    }

    /**
     * Someone new joins with a first name and an e-mail address or a mobile number. An existing account
     * is left as it is, so that joining reveals nothing about who is registered; the code sent next
     * proves the address or number. A number is refused where no SMS can be sent: its code would never come.
     */
    @Transactional
    public void join(String emailOrPhone, String typedFirstName, SupportedLanguage language) {
        EmailOrPhone typed = EmailOrPhone.parse(emailOrPhone)
                .orElseThrow(() -> new RuleViolation("security.sign-in.email-or-phone-invalid"));
        if (typed.isPhone() && !sms.available()) {
            throw new RuleViolation("security.sign-in.sms-unavailable");
        }
        String firstName = Names.clean(typedFirstName);
        if (firstName.isEmpty()) {
            throw new RuleViolation("people.join.first-name-missing");
        }
        TextLimits.require(firstName, TextLimits.NAME);
        RateLimits.clientAddress().ifPresent(network -> limits.count(JOINS_PER_NETWORK, network));
        if (typed.email() != null) {
            ensureAccount(typed.email(), firstName, language, List.of(Roles.PARTICIPANT));
        } else if (accounts.findByPhoneHash(cipher.phoneHash(typed.phone())).isEmpty()) {
            Account account = accounts.save(new Account(null, cipher.sealPhone(typed.phone()), firstName, language.tag(), clock.instant()));
            account.grant(Roles.PARTICIPANT);
        }
    }

    /** An account found or made for a walk-in; {@code created} is for the welcome message only, never for showing. */
    public record DoorRegistration(long accountId, boolean created) {
    }

    /**
     * A leader registers someone who came to a meeting without an account, with the e-mail address or
     * mobile number they gave: the account of that address or number if there is one (left as it is,
     * as when joining), otherwise a new participant account in the language chosen for them. Empty when
     * what was typed is neither, or is a number while no SMS can be sent (no code could ever reach it).
     * The caller's right to mark people at the meeting is checked by the attendance module.
     */
    @RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public java.util.Optional<DoorRegistration> registerAtTheDoor(String emailOrPhone, String firstName, SupportedLanguage language) {
        EmailOrPhone typed = EmailOrPhone.parse(emailOrPhone).orElse(null);
        if (typed == null || typed.isPhone() && !sms.available()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Account> existing = typed.email() != null
                ? accounts.findByEmailHash(cipher.emailHash(typed.email()))
                : accounts.findByPhoneHash(cipher.phoneHash(typed.phone()));
        if (existing.isPresent()) {
            return java.util.Optional.of(new DoorRegistration(existing.get().id(), false));
        }
        Account account = accounts.saveAndFlush(typed.email() != null
                ? new Account(cipher.sealEmail(typed.email()), null, firstName, language.tag(), clock.instant())
                : new Account(null, cipher.sealPhone(typed.phone()), firstName, language.tag(), clock.instant()));
        account.grant(Roles.PARTICIPANT);
        return java.util.Optional.of(new DoorRegistration(account.id(), true));
    }

    /** The language a signed-in person picked is the one their e-mail and codes are written in. */
    @EventListener
    @Transactional
    void rememberLanguage(LanguageChosen chosen) {
        CurrentPerson.get().flatMap(person -> accounts.findById(person.accountId()))
                .ifPresent(account -> account.prefer(chosen.language().tag()));
    }

    @Transactional(readOnly = true)
    public boolean anyoneHasRole(String role) {
        return accounts.findAll().stream().anyMatch(account -> account.roles().contains(role));
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<AccountSummary> listAccounts() {
        audit.read("security.accounts-read", "accounts", null);
        return accounts.findAllByOrderByFirstNameAsc().stream().map(account -> account.summary(cipher)).toList();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public AccountSummary setRoles(long accountId, Collection<String> roles) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        List.copyOf(account.roles()).stream().filter(role -> !roles.contains(role)).forEach(account::revoke);
        roles.forEach(account::grant);
        audit.changed("security.roles-set", "account:" + accountId, accountId, String.join(",", new java.util.TreeSet<>(roles)));
        return account.summary(cipher);
    }
}
