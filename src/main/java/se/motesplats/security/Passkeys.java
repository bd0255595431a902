package se.motesplats.security;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.shared.DeviceLabel;

/**
 * A person's passkeys: signing in with the phone's screen lock instead of a code. Spring Security's
 * WebAuthn endpoints register and check them (SecurityConfiguration); this lists, names and removes
 * them, and decides who may add one. A passkey is user-verified, so it is also staff's second factor.
 */
@Service
public class Passkeys {

    private final JdbcClient jdbc;
    private final PublicKeyCredentialUserEntityRepository users;
    private final PasskeyCredentials credentials;
    private final SecondFactor secondFactor;

    Passkeys(JdbcClient jdbc, PublicKeyCredentialUserEntityRepository users, PasskeyCredentials credentials, SecondFactor secondFactor) {
        this.jdbc = jdbc;
        this.users = users;
        this.credentials = credentials;
        this.secondFactor = secondFactor;
    }

    /** The caller's passkeys, newest first. */
    @Transactional(readOnly = true)
    public List<Passkey> mine() {
        return of(CurrentPerson.required().accountId());
    }

    /** A person's passkeys, for their own list and their data export. */
    @Transactional(readOnly = true)
    public List<Passkey> of(long accountId) {
        return jdbc.sql("""
                select c.credential_id, c.label, c.created, c.last_used from user_credentials c
                join user_entities u on u.id = c.user_entity_user_id where u.name = ? order by c.created desc""")
                .param(Long.toString(accountId))
                .query((row, number) -> new Passkey(row.getString("credential_id"), row.getString("label"),
                        Optional.ofNullable(row.getTimestamp("created")).map(java.sql.Timestamp::toInstant).orElse(null),
                        Optional.ofNullable(row.getTimestamp("last_used")).map(java.sql.Timestamp::toInstant).orElse(null)))
                .list();
    }

    @Transactional(readOnly = true)
    public boolean has(long accountId) {
        return jdbc.sql("select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id where u.name = ?")
                .param(Long.toString(accountId)).query(Integer.class).single() > 0;
    }

    /**
     * Whether the caller may add a passkey now. A session still waiting for staff's second factor may set up
     * a first one (as it may set up an authenticator app), but never add one beside a factor it has not
     * confirmed: someone who only read the person's e-mail would otherwise give themselves the staff roles.
     */
    @Transactional(readOnly = true)
    public boolean mayAdd() {
        Optional<SignedInPerson> caller = CurrentPerson.get();
        if (caller.isEmpty()) {
            return false;
        }
        long me = caller.get().accountId();
        return secondFactor.unconfirmedCaller().isEmpty() || !secondFactor.enrolled(me) && !has(me);
    }

    /**
     * Before the browser asks for the new passkey's options: the caller's user handle, created here so that the
     * phone's list of passkeys shows their first name (Spring would use the account's number).
     */
    @Transactional
    public void prepareToAdd() {
        SignedInPerson caller = CurrentPerson.required();
        if (users.findByUsername(caller.getName()) == null) {
            users.save(ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(caller.getName())
                    .displayName(caller.firstName()).build());
        }
    }

    /** A name to offer for a new passkey: the device it is made on ("Android · Chrome"), which the person may change. */
    public static String suggestedLabel(@Nullable String userAgent) {
        return DeviceLabel.of(userAgent);
    }

    /** Removes one of the caller's passkeys; someone else's is not touched. */
    @Transactional
    public void remove(String passkeyId) {
        if (mine().stream().anyMatch(passkey -> passkey.id().equals(passkeyId))) {
            credentials.delete(Bytes.fromBase64(passkeyId));
        }
    }

    /** Erasure of the account: its passkeys and its user handle. */
    @Transactional
    public void erase(long accountId) {
        of(accountId).forEach(passkey -> credentials.delete(Bytes.fromBase64(passkey.id())));
        jdbc.sql("delete from user_entities where name = ?").param(Long.toString(accountId)).update();
    }
}
