package se.motesplats.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.SmsMessage;
import se.motesplats.notification.SmsService;
import se.motesplats.shared.RateLimits;
import se.motesplats.shared.RuleViolation;

/**
 * A new mobile number waits for the code sent to it (10 minutes, 5 tries, 5 changes an hour): the
 * number signs the person in and gets their messages, so it must be theirs.
 */
@Component
class PhoneChanges {

    static final RateLimits.Limit CHANGES_PER_ACCOUNT = new RateLimits.Limit("phone-change", 5, Duration.ofHours(1));

    private final JdbcClient jdbc;
    private final SmsService sms;
    private final RateLimits limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PhoneChanges(JdbcClient jdbc, SmsService sms, RateLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.sms = sms;
        this.limits = limits;
        this.clock = clock;
    }

    /** Sends a code to the new number and keeps the change until it is typed. */
    void start(Account account, ContactCipher.SealedContact phone, String e164) {
        if (!sms.available()) {
            throw new RuleViolation("security.sign-in.sms-unavailable");
        }
        limits.count(CHANGES_PER_ACCOUNT, "account:" + account.id());
        String code = "%06d".formatted(random.nextInt(1_000_000));
        Instant now = clock.instant();
        jdbc.sql("""
                insert into phone_change (account_id, phone_hash, phone_encrypted, code_hash, expires_at, failed_attempts)
                values (:account, :hash, :encrypted, :code, :expires, 0)
                on duplicate key update phone_hash = :hash, phone_encrypted = :encrypted, code_hash = :code, expires_at = :expires,
                  failed_attempts = 0""")
                .param("account", account.id()).param("hash", phone.hash()).param("encrypted", phone.encrypted())
                .param("code", SignInService.hash(account.id(), code)).param("expires", now.plus(SignInService.CODE_VALIDITY)).update();
        SupportedLanguage language = SupportedLanguage.byTag(account.preferredLanguage()).orElse(SupportedLanguage.SOURCE);
        sms.send(new SmsMessage(e164, language, "security.sms.phone-change-code",
                Map.of("code", code, "minutes", SignInService.CODE_VALIDITY.toMinutes())));
    }

    /** The new number if the code is right and in time; a wrong code counts towards the five tries. */
    Optional<ContactCipher.SealedContact> confirm(Account account, String typedCode) {
        String code = typedCode.replaceAll("\\s", "");
        Optional<Pending> pending = jdbc.sql("""
                select phone_hash, phone_encrypted, code_hash from phone_change
                where account_id = ? and expires_at > ? and failed_attempts < ?""")
                .params(account.id(), clock.instant(), SignInService.MAX_ATTEMPTS)
                .query((row, number) -> new Pending(new ContactCipher.SealedContact(row.getString("phone_hash"), row.getString("phone_encrypted")),
                        row.getString("code_hash")))
                .optional();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        boolean right = code.matches("\\d{6}") && MessageDigest.isEqual(pending.get().codeHash().getBytes(StandardCharsets.US_ASCII),
                SignInService.hash(account.id(), code).getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            jdbc.sql("update phone_change set failed_attempts = failed_attempts + 1 where account_id = ?").param(account.id()).update();
            return Optional.empty();
        }
        jdbc.sql("delete from phone_change where account_id = ?").param(account.id()).update();
        return Optional.of(pending.get().phone());
    }

    private record Pending(ContactCipher.SealedContact phone, String codeHash) {
    }
}
