package se.motesplats.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.notification.EmailMessage;
import se.motesplats.notification.EmailService;
import se.motesplats.shared.RateLimits;
import se.motesplats.shared.RuleViolation;

/**
 * The second factor staff must use (OWASP ASVS level 2): a code from an authenticator app (TOTP,
 * RFC 6238: six digits, 30-second steps, one step of clock drift either way). The e-mail or SMS code
 * proves the address; this proves the phone or key the person enrolled. Each code is accepted once.
 */
@Service
public class SecondFactor {

    /** Roles that see other people's personal data across associations and areas. */
    public static final Set<String> STAFF = Set.of(Roles.COORDINATOR, Roles.CASE_OFFICER, Roles.ADMINISTRATOR);

    static final RateLimits.Limit ATTEMPTS = new RateLimits.Limit("second-factor", 5, Duration.ofMinutes(15));
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String ISSUER = "Mötesplats";

    private final JdbcClient jdbc;
    private final ContactCipher cipher;
    private final RateLimits limits;
    private final AccountRepository accounts;
    private final Clock clock;
    private final AuditLog audit;
    private final AccountService people;
    private final EmailService mail;
    private final boolean requiredForStaff;
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP);
    private final SecureRandom random = new SecureRandom();

    SecondFactor(JdbcClient jdbc, ContactCipher cipher, RateLimits limits, AccountRepository accounts, Clock clock, AuditLog audit,
            AccountService people, EmailService mail,
            @Value("${motesplats.security.staff-second-factor:true}") boolean requiredForStaff) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.limits = limits;
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
        this.people = people;
        this.mail = mail;
        this.requiredForStaff = requiredForStaff;
    }

    /** Whether this person must confirm a sign-in with a second factor before their staff roles count. */
    public boolean requiredFor(SignedInPerson person) {
        return requiredForStaff && person.roles().stream().anyMatch(STAFF::contains);
    }

    /** The person without the roles a second factor guards: what a sign-in without one may do. */
    public SignedInPerson limitedUntilConfirmed(SignedInPerson person) {
        return requiredFor(person) ? person.withoutRoles(STAFF) : person;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long accountId) {
        return jdbc.sql("select count(*) from second_factor where account_id = ?").param(accountId).query(Integer.class).single() > 0;
    }

    /**
     * Recovery of a lost phone or authenticator app: an administrator who has made sure, outside the portal,
     * that it is really that person, removes their second factor, app and passkeys; at the next sign-in they set up a new app
     * (staff roles wait until then, as for anyone new). Never one's own: a stolen administrator session
     * cannot swap its way to a factor of its choosing. Audited, and the person is told by e-mail, so a reset
     * they did not ask for does not go unnoticed.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public void reset(long accountId) {
        if (CurrentPerson.required().accountId() == accountId) {
            throw new RuleViolation("security.second-factor.reset-own");
        }
        if (removeAll(accountId) == 0) {
            return;
        }
        audit.changed("second-factor.reset", "account:" + accountId, accountId, null);
        people.contactOf(accountId).filter(contact -> contact.email() != null).ifPresent(contact -> mail.send(
                new EmailMessage(contact.email(), contact.language(), "security.email.second-factor-reset",
                        Map.of("name", contact.firstName()))));
    }

    /**
     * Removes the person's authenticator app and passkeys (the lost phone may hold one; the credentials follow
     * their user handle, V35), returning how many there were: used by a reset and by {@link ContactRecovery}.
     */
    int removeAll(long accountId) {
        return jdbc.sql("delete from second_factor where account_id = ?").param(accountId).update()
                + jdbc.sql("delete from user_entities where name = ?").param(Long.toString(accountId)).update();
    }

    /** A new secret for the caller's authenticator app, as text and as the otpauth address a QR code carries. */
    public Enrolment newEnrolment() {
        SignedInPerson caller = CurrentPerson.required();
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        String base32 = new Base32().encodeToString(secret).replace("=", "");
        String label = ISSUER + ":" + caller.firstName() + " (" + caller.accountId() + ")";
        String uri = "otpauth://totp/" + URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20")
                + "?secret=" + base32 + "&issuer=" + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8) + "&digits=6&period=30";
        return new Enrolment(base32, uri);
    }

    /**
     * The caller confirms a new secret with a code from their app; it replaces any earlier one.
     * Returns the caller with all their roles, for the session, or empty when the code is wrong.
     */
    @Transactional
    public Optional<SignedInPerson> enrol(String base32Secret, String typedCode) {
        long me = CurrentPerson.required().accountId();
        refuseWhenGuessing(me);
        Optional<Long> step = matchingStep(new Base32().decode(base32Secret), typedCode, 0);
        if (step.isEmpty()) {
            limits.tryCount(ATTEMPTS, "account:" + me);
            return Optional.empty();
        }
        jdbc.sql("""
                insert into second_factor (account_id, secret_encrypted, enrolled_at, last_step) values (:account, :secret, :now, :step)
                on duplicate key update secret_encrypted = :secret, enrolled_at = :now, last_step = :step""")
                .param("account", me).param("secret", cipher.encrypt(base32Secret)).param("now", clock.instant())
                .param("step", step.get()).update();
        return accounts.findById(me).map(Account::asSignedIn);
    }

    /**
     * Checks a code at sign-in, for the person whose e-mail or SMS code was right a moment ago (the
     * sign-in view holds them on the server). At most five wrong codes in 15 minutes per account.
     */
    @Transactional
    public boolean verify(SignedInPerson person, String typedCode) {
        refuseWhenGuessing(person.accountId());
        Optional<StoredSecret> stored = jdbc.sql("select secret_encrypted, last_step from second_factor where account_id = ?")
                .param(person.accountId())
                .query((row, number) -> new StoredSecret(cipher.decrypt(row.getString("secret_encrypted")), row.getLong("last_step")))
                .optional();
        if (stored.isEmpty()) {
            return false;
        }
        Optional<Long> step = matchingStep(new Base32().decode(stored.get().base32()), typedCode, stored.get().lastStep());
        // conditional, so the same code cannot be used twice, even on two nodes at once
        boolean accepted = step.isPresent() && jdbc.sql("update second_factor set last_step = ? where account_id = ? and last_step < ?")
                .params(step.get(), person.accountId(), step.get()).update() == 1;
        if (!accepted) {
            limits.tryCount(ATTEMPTS, "account:" + person.accountId());
        }
        return accepted;
    }

    /** Five wrong codes in a quarter of an hour stop further tries, right or wrong, until it has passed. */
    private void refuseWhenGuessing(long accountId) {
        if (limits.usedUp(ATTEMPTS, "account:" + accountId)) {
            throw new RuleViolation("shared.rule.too-many");
        }
    }

    /**
     * The caller with all their roles, when their session holds fewer because no second factor
     * confirmed it yet (a remembered device, or a first sign-in before enrolling).
     */
    @Transactional(readOnly = true)
    public Optional<SignedInPerson> unconfirmedCaller() {
        SignedInPerson caller = CurrentPerson.required();
        return accounts.findById(caller.accountId()).map(Account::asSignedIn)
                .filter(full -> requiredFor(full) && !caller.roles().containsAll(full.roles()));
    }

    /** The caller confirms their session with a code from their app; returns them with all their roles. */
    @Transactional
    public Optional<SignedInPerson> confirm(String typedCode) {
        return unconfirmedCaller().filter(full -> verify(full, typedCode));
    }

    private Optional<Long> matchingStep(byte[] secret, String typedCode, long after) {
        String code = typedCode.replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return Optional.empty();
        }
        Key key = new SecretKeySpec(secret, totp.getAlgorithm());
        Instant now = clock.instant();
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > after && code.equals(codeAt(key, Instant.ofEpochSecond(step * STEP.toSeconds())))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private String codeAt(Key key, Instant at) {
        try {
            return totp.generateOneTimePasswordString(key, at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A secret to add to an authenticator app: typed ({@code secret}) or scanned ({@code otpauthUri}). */
    public record Enrolment(String secret, String otpauthUri) {
    }

    private record StoredSecret(String base32, long lastStep) {
    }
}
