package se.motesplats.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.motesplats.shared.Hashes;

/**
 * The signed-in sessions of each person, in the database so that any node can list them and end
 * one: HTTP sessions themselves live in one node's memory. A session carries a random key; the
 * registry knows only its hash. {@link SessionRegister} registers sessions and invalidates revoked
 * ones at their next request; a session that ends removes its row.
 */
@Service
public class SignedInSessions implements HttpSessionListener {

    static final String KEY = SignedInSessions.class.getName() + ".key";
    /** How often a session's "last seen" is written: often enough to recognise it, rarely enough not to write on every click. */
    static final Duration SEEN_EVERY = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final RememberedDevices devices;
    private final Duration longestLife;
    private final Duration longestIdle;
    private final SecureRandom random = new SecureRandom();

    SignedInSessions(JdbcClient jdbc, Clock clock, AuditLog audit, RememberedDevices devices,
            @Value("${motesplats.security.absolute-session-timeout:PT12H}") Duration absoluteTimeout,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.devices = devices;
        this.longestLife = absoluteTimeout;
        // a living session was seen within the idle timeout, and its row at most SEEN_EVERY later
        this.longestIdle = idleTimeout.plus(SEEN_EVERY.multipliedBy(2));
    }

    /** What a registered session keeps: its key and whose it is. */
    record SessionKey(String key, long accountId, Instant seenWritten) implements Serializable {

        String idHash() {
            return Hashes.sha256Hex(key);
        }
    }

    /** Registers the session for the person now signed in to it. */
    @Transactional
    void register(HttpSession session, long accountId, String device) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Instant now = clock.instant();
        SessionKey key = new SessionKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), accountId, now);
        jdbc.sql("""
                insert into signed_in_session (id_hash, account_id, device, created_at, last_seen)
                values (:id, :account, :device, :now, :now)""")
                .param("id", key.idHash()).param("account", accountId).param("device", device).param("now", now).update();
        session.setAttribute(KEY, key);
    }

    /** Whether the session may go on: its row is there and not revoked. Asked on every request: one statement, no transaction. */
    boolean active(SessionKey key) {
        return jdbc.sql("select count(*) from signed_in_session where id_hash = ? and not revoked").param(key.idHash())
                .query(Integer.class).single() > 0;
    }

    /**
     * Notes that the session is in use, at most every {@link #SEEN_EVERY}. One statement, so no
     * transaction of its own: on most requests nothing is written, and opening one would cost more
     * than the look-up it guards.
     */
    void seen(HttpSession session, SessionKey key) {
        Instant now = clock.instant();
        if (!now.isBefore(key.seenWritten().plus(SEEN_EVERY))) {
            jdbc.sql("update signed_in_session set last_seen = ? where id_hash = ?").params(now, key.idHash()).update();
            session.setAttribute(KEY, new SessionKey(key.key(), key.accountId(), now));
        }
    }

    /** The session stays signed in on this device too: signing the session out there forgets the device as well. */
    @Transactional
    void remembered(SessionKey key, String series) {
        jdbc.sql("update signed_in_session set remembered_series = ? where id_hash = ?").params(series, key.idHash()).update();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            if (event.getSession().getAttribute(KEY) instanceof SessionKey key) {
                jdbc.sql("delete from signed_in_session where id_hash = ?").param(key.idHash()).update();
            }
        } catch (IllegalStateException alreadyInvalid) {
            // nothing left to read; the nightly job removes the row
        }
    }

    /** The caller's open sessions, this one marked, most recently seen first. */
    @Transactional(readOnly = true)
    public List<OpenSession> mine() {
        String current = currentKey().map(SessionKey::idHash).orElse("");
        return jdbc.sql("""
                select id_hash, device, created_at, last_seen from signed_in_session
                where account_id = :account and not revoked order by last_seen desc, created_at desc""")
                .param("account", CurrentPerson.required().accountId())
                .query((row, number) -> new OpenSession(row.getString("id_hash"), row.getString("device"),
                        row.getTimestamp("created_at").toInstant(), row.getTimestamp("last_seen").toInstant(),
                        current.equals(row.getString("id_hash"))))
                .list();
    }

    /**
     * Signs one of the caller's sessions out, on whichever node it is open: its next request finds it
     * revoked. If that browser also stays signed in, it is forgotten too, or it would sign straight back in.
     * A session of someone else is not touched.
     */
    @Transactional
    public void signOutThere(String sessionId) {
        long me = CurrentPerson.required().accountId();
        Optional<String> series = jdbc.sql("select remembered_series from signed_in_session where id_hash = ? and account_id = ?")
                .params(sessionId, me).query((row, number) -> Optional.ofNullable(row.getString(1))).optional().flatMap(found -> found);
        if (jdbc.sql("update signed_in_session set revoked = true where id_hash = ? and account_id = ? and not revoked")
                .params(sessionId, me).update() == 0) {
            return;
        }
        series.ifPresent(remembered -> devices.forget(me, remembered));
        audit.changed("security.session-revoked", "account:" + me, me, null);
    }

    /** Signs the caller out on every browser, this one included, and forgets every device that stays signed in. */
    @Transactional
    public void signOutEverywhere() {
        long me = CurrentPerson.required().accountId();
        audit.changed("security.signed-out-everywhere", "account:" + me, me, endAllOf(me) + " sessions");
    }

    /** Ends every session of the person and forgets every device of theirs; how many sessions were open. */
    @Transactional
    int endAllOf(long accountId) {
        int sessions = jdbc.sql("update signed_in_session set revoked = true where account_id = ? and not revoked").param(accountId).update();
        devices.removeUserTokens(Long.toString(accountId));
        return sessions;
    }

    /** Rows of sessions that must have ended by now, though no node said so (a node that stopped). */
    @Scheduled(cron = "0 43 3 * * *")
    @Transactional
    public int forgetEnded() {
        Instant now = clock.instant();
        return jdbc.sql("delete from signed_in_session where created_at < :lifeOver or last_seen < :idleOver")
                .param("lifeOver", now.minus(longestLife)).param("idleOver", now.minus(longestIdle)).update();
    }

    /** What is stored about the person's open sessions, for their data export. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> dataOf(long accountId) {
        return jdbc.sql("select device, created_at, last_seen from signed_in_session where account_id = ? order by created_at")
                .param(accountId)
                .query((row, number) -> Map.<String, Object>of("device", row.getString("device"),
                        "created", row.getTimestamp("created_at").toInstant(), "last-used", row.getTimestamp("last_seen").toInstant()))
                .list();
    }

    private static Optional<SessionKey> currentKey() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getSession(false)).map(SignedInSessions::keyOf)
                : Optional.empty();
    }

    static @Nullable SessionKey keyOf(HttpSession session) {
        try {
            return session.getAttribute(KEY) instanceof SessionKey key ? key : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
