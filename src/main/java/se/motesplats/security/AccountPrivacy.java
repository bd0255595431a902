package se.motesplats.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.Notifications;
import se.motesplats.shared.LabelledCode;
import se.motesplats.shared.RuleViolation;

/**
 * The account's part of a person's rights: what it holds about them, erasing it, and finding
 * accounts nobody has used for long. The privacy module drives these across all modules.
 */
@Service
public class AccountPrivacy {

    /** Roles whose holders are staff: their accounts are not erased for inactivity, only by themselves. */
    private static final List<String> PUBLIC_ROLES = List.of(Roles.PARTICIPANT, Roles.VOLUNTEER);

    private final AccountRepository accounts;
    private final ContactCipher cipher;
    private final RememberedDevices devices;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final SignedInSessions sessions;

    AccountPrivacy(AccountRepository accounts, ContactCipher cipher, RememberedDevices devices, Notifications notifications, JdbcClient jdbc,
            SignedInSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.cipher = cipher;
        this.devices = devices;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    /** The account as stored, contact details decrypted, the devices that stay signed in and the open sessions. */
    @Transactional(readOnly = true)
    public AccountData dataOf(long accountId) {
        requireSelfOrAdministrator(accountId);
        Account account = accounts.findById(accountId).orElseThrow(() -> new RuleViolation("privacy.rule.no-account"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("first-name", account.firstName());
        account.email(cipher).ifPresent(email -> fields.put("email", email));
        account.phone(cipher).ifPresent(phone -> fields.put("phone", phone));
        fields.put("language", SupportedLanguage.byTag(account.preferredLanguage()).map(SupportedLanguage::nativeName)
                .orElse(account.preferredLanguage()));
        fields.put("notify-by", new LabelledCode(account.notifyBy().name(),
                "people.profile.channel." + account.notifyBy().name().toLowerCase(Locale.ROOT)));
        fields.put("roles", account.roles().stream().sorted()
                .map(role -> new LabelledCode(role, "security.role." + role.toLowerCase(Locale.ROOT).replace('_', '-'))).toList());
        fields.put("created", account.createdAt());
        account.lastSignInAt().ifPresent(at -> fields.put("last-sign-in", at));
        if (account.protectedIdentity()) {
            fields.put("protected-identity", true);
            account.alias().ifPresent(alias -> fields.put("alias", alias));
        }
        List<Map<String, Object>> deviceRows = new ArrayList<>();
        devices.of(accountId).forEach(device -> deviceRows.add(Map.of("device", device.device(), "created", device.createdAt(),
                "last-used", device.lastUsed())));
        return new AccountData(fields, deviceRows, sessions.dataOf(accountId));
    }

    /**
     * Deletes the account after the other modules have erased their part (in the same transaction):
     * roles, codes, consents, devices, sessions and profile go with it through the database's cascades, and
     * notices to its addresses are emptied. The last administrator cannot leave.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(long accountId) {
        requireSelfOrAdministrator(accountId);
        Account account = accounts.findById(accountId).orElseThrow(() -> new RuleViolation("privacy.rule.no-account"));
        if (account.roles().contains(Roles.ADMINISTRATOR)
                && accounts.findAll().stream().filter(other -> other.roles().contains(Roles.ADMINISTRATOR)).count() == 1) {
            throw new RuleViolation("privacy.rule.last-administrator");
        }
        notifications.forget(Stream.of(account.email(cipher), account.phone(cipher)).flatMap(java.util.Optional::stream).toList());
        accounts.delete(account);
        accounts.flush();
    }

    /**
     * Participants' and volunteers' accounts not signed in to (nor created) since {@code unusedBefore}
     * that have not been warned of their erasure since they were last used, oldest first.
     */
    @Transactional(readOnly = true)
    public List<Long> unwarnedUnusedSince(Instant unusedBefore, int limit) {
        return unused("a.erasure_warned_at is null", unusedBefore, unusedBefore, limit);
    }

    /** The same accounts once the warning is older than {@code warnedBefore}: these may be erased. */
    @Transactional(readOnly = true)
    public List<Long> warnedUnusedSince(Instant unusedBefore, Instant warnedBefore, int limit) {
        return unused("a.erasure_warned_at < :warnedBefore", unusedBefore, warnedBefore, limit);
    }

    private List<Long> unused(String warning, Instant unusedBefore, Instant warnedBefore, int limit) {
        return jdbc.sql("""
                select a.id from account a
                where coalesce(a.last_sign_in_at, a.created_at) < :before and %s
                  and not exists (select 1 from account_role r where r.account_id = a.id and r.role not in (:publicRoles))
                order by coalesce(a.last_sign_in_at, a.created_at) limit :limit""".formatted(warning))
                .param("before", unusedBefore).param("warnedBefore", warnedBefore).param("publicRoles", PUBLIC_ROLES)
                .param("limit", limit).query(Long.class).list();
    }

    /** The person was warned (or could not be reached); the erasure waits from now. Joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void warnedOfErasure(long accountId, Instant at) {
        accounts.findById(accountId).ifPresent(account -> account.warnedOfErasure(at));
    }

    private static void requireSelfOrAdministrator(long accountId) {
        SignedInPerson caller = CurrentPerson.required();
        if (caller.accountId() != accountId && !caller.hasRole(Roles.ADMINISTRATOR)) {
            throw new AccessDeniedException("Not the caller's account");
        }
    }

    /** What the account holds: its fields by name, one row per remembered device and one per open session. */
    public record AccountData(Map<String, Object> account, List<Map<String, Object>> devices, List<Map<String, Object>> sessions) {
    }
}
