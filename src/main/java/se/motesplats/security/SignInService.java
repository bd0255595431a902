package se.motesplats.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.EmailMessage;
import se.motesplats.notification.EmailService;
import se.motesplats.notification.SmsMessage;
import se.motesplats.notification.SmsService;
import se.motesplats.shared.Hashes;
import se.motesplats.shared.RateLimits;
import se.motesplats.shared.RuleViolation;

/**
 * Sign-in with a six-digit one-time code sent by e-mail or, to a mobile number, by SMS. Whether an
 * address or number is registered is never revealed; codes expire, allow a few attempts, and a
 * person can ask for only a few per hour.
 */
@Service
public class SignInService {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;
    static final int MAX_CODES_PER_HOUR = 5;
    static final RateLimits.Limit CODES_PER_ADDRESS = new RateLimits.Limit("sign-in-code-address", MAX_CODES_PER_HOUR, Duration.ofHours(1));
    /** A whole language café may share one network: limits per network stop floods, not a class joining at the door. */
    static final RateLimits.Limit CODES_PER_NETWORK = new RateLimits.Limit("sign-in-code-network", 200, Duration.ofHours(1));
    static final RateLimits.Limit ATTEMPTS_PER_NETWORK = new RateLimits.Limit("sign-in-attempt-network", 400, Duration.ofHours(1));

    private final AccountRepository accounts;
    private final SignInCodeRepository codes;
    private final ContactCipher cipher;
    private final EmailService email;
    private final SmsService sms;
    private final RateLimits limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInService(AccountRepository accounts, SignInCodeRepository codes, ContactCipher cipher, EmailService email,
            SmsService sms, RateLimits limits, Clock clock) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.codes = codes;
        this.email = email;
        this.sms = sms;
        this.limits = limits;
        this.clock = clock;
    }

    /** SMS_UNAVAILABLE: a mobile number was given where no text messages can be sent; the same for every number. */
    public enum CodeRequest { SENT_IF_REGISTERED, TOO_MANY_REQUESTS, SMS_UNAVAILABLE }

    /**
     * Sends a code if the e-mail address or mobile number belongs to an account; answers the same
     * either way. The view checks what was typed first ({@link EmailOrPhone#parse}).
     */
    @Transactional
    public CodeRequest requestCode(String emailOrPhone, SupportedLanguage language) {
        EmailOrPhone typed = EmailOrPhone.parse(emailOrPhone)
                .orElseThrow(() -> new RuleViolation("security.sign-in.email-or-phone-invalid"));
        if (typed.isPhone() && !sms.available()) {
            return CodeRequest.SMS_UNAVAILABLE;
        }
        // counted for unknown addresses too, so the answer reveals nothing and nobody is flooded with codes
        if (!limits.tryCount(CODES_PER_ADDRESS, lookupHash(typed))
                || !RateLimits.clientAddress().map(network -> limits.tryCount(CODES_PER_NETWORK, network)).orElse(true)) {
            return CodeRequest.TOO_MANY_REQUESTS;
        }
        Optional<Account> account = accountOf(typed);
        if (account.isEmpty()) {
            return CodeRequest.SENT_IF_REGISTERED;
        }
        Account person = account.get();
        Instant now = clock.instant();
        if (codes.countByAccountIdAndCreatedAtAfter(person.id(), now.minus(Duration.ofHours(1))) >= MAX_CODES_PER_HOUR) {
            return CodeRequest.TOO_MANY_REQUESTS;
        }
        codes.retireOpenCodes(person.id(), now);
        String code = "%06d".formatted(random.nextInt(1_000_000));
        codes.save(new SignInCode(person.id(), hash(person.id(), code), now, now.plus(CODE_VALIDITY)));
        SupportedLanguage recipientLanguage = SupportedLanguage.byTag(person.preferredLanguage()).orElse(language);
        if (typed.isPhone()) {
            sms.send(new SmsMessage(typed.phone(), recipientLanguage, "security.sms.sign-in-code",
                    Map.of("code", code, "minutes", CODE_VALIDITY.toMinutes())));
        } else {
            email.send(new EmailMessage(ContactCipher.normaliseEmail(typed.email()), recipientLanguage, "security.email.sign-in-code",
                    Map.of("name", person.firstName(), "code", code, "minutes", CODE_VALIDITY.toMinutes())));
        }
        return CodeRequest.SENT_IF_REGISTERED;
    }

    /** The signed-in person if the code is right and still valid. */
    @Transactional
    public Optional<SignedInPerson> verify(String emailOrPhone, String typedCode) {
        RateLimits.clientAddress().ifPresent(network -> limits.count(ATTEMPTS_PER_NETWORK, network));
        String code = typedCode.replaceAll("\\s", "");
        Optional<Account> account = EmailOrPhone.parse(emailOrPhone).flatMap(this::accountOf);
        if (account.isEmpty() || !code.matches("\\d{6}")) {
            return Optional.empty();
        }
        Account person = account.get();
        Instant now = clock.instant();
        Optional<SignInCode> open = codes.findUsable(person.id(), now, MAX_ATTEMPTS);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        SignInCode stored = open.get();
        boolean matches = MessageDigest.isEqual(stored.codeHash().getBytes(StandardCharsets.US_ASCII),
                hash(person.id(), code).getBytes(StandardCharsets.US_ASCII));
        if (!matches) {
            codes.countFailedAttempt(stored.id());
            return Optional.empty();
        }
        if (codes.consume(stored.id(), now) == 0) {
            return Optional.empty();
        }
        person.signedInAt(now);
        return Optional.of(person.asSignedIn());
    }

    /** The rate-limit subject and account key: the lookup hash, never the address or number itself. */
    private String lookupHash(EmailOrPhone typed) {
        return typed.isPhone() ? cipher.phoneHash(typed.phone()) : cipher.emailHash(typed.email());
    }

    private Optional<Account> accountOf(EmailOrPhone typed) {
        return typed.isPhone() ? accounts.findByPhoneHash(lookupHash(typed)) : accounts.findByEmailHash(lookupHash(typed));
    }

    static String hash(long accountId, String code) {
        return Hashes.sha256Hex(accountId + ":" + code);
    }

    /** Retention: sign-in codes go after a day. Harmless when every node runs it. */
    @Scheduled(cron = "0 43 3 * * *", zone = "Europe/Stockholm")
    @Transactional
    public void forgetOldCodes() {
        codes.deleteCreatedBefore(clock.instant().minus(java.time.Duration.ofDays(1)));
    }
}
