package se.motesplats.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Limits on how often something may be done per subject (an e-mail address, a phone number, a
 * person, a network address), counted in the database so that they hold across app nodes. Fixed
 * windows, one row per action, subject and window, counted with an atomic upsert. Subjects are
 * stored only as hashes.
 */
@Component
public class RateLimits {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A limit: at most {@code max} times per {@code window}. */
    public record Limit(String action, int max, Duration window) {
    }

    /**
     * Counts one more attempt and refuses it with a translated message once the limit is passed.
     * Counted in its own transaction, so that a refused or failed attempt still counts.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = RuleViolation.class)
    public void count(Limit limit, String subject) {
        if (!tryCount(limit, subject)) {
            throw new RuleViolation("shared.rule.too-many");
        }
    }

    /** The same, answering instead of refusing. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryCount(Limit limit, String subject) {
        long windowSeconds = limit.window().toSeconds();
        Instant windowStart = Instant.ofEpochSecond(clock.instant().getEpochSecond() / windowSeconds * windowSeconds);
        String key = Hashes.sha256Hex(subject);
        jdbc.sql("""
                insert into rate_limit (action, subject_hash, window_start, attempts) values (:action, :subject, :start, 1)
                on duplicate key update attempts = attempts + 1""")
                .param("action", limit.action()).param("subject", key).param("start", windowStart).update();
        int attempts = jdbc.sql("select attempts from rate_limit where action = :action and subject_hash = :subject and window_start = :start")
                .param("action", limit.action()).param("subject", key).param("start", windowStart)
                .query(Integer.class).single();
        return attempts <= limit.max();
    }

    /** Whether the limit is used up, without counting: for limits that count only failed attempts. */
    @Transactional(readOnly = true)
    public boolean usedUp(Limit limit, String subject) {
        long windowSeconds = limit.window().toSeconds();
        Instant windowStart = Instant.ofEpochSecond(clock.instant().getEpochSecond() / windowSeconds * windowSeconds);
        return jdbc.sql("select attempts from rate_limit where action = :action and subject_hash = :subject and window_start = :start")
                .param("action", limit.action()).param("subject", Hashes.sha256Hex(subject)).param("start", windowStart)
                .query(Integer.class).optional().orElse(0) >= limit.max();
    }

    /** The network address of the request being served, if there is one (behind a proxy: its forwarded address). */
    public static Optional<String> clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr())
                : Optional.empty();
    }

    /** Old windows tell nothing any more; every node may run this, deleting twice is harmless. */
    @Scheduled(cron = "0 17 * * * *")
    @Transactional
    public void forgetOldWindows() {
        jdbc.sql("delete from rate_limit where window_start < :before").param("before", clock.instant().minus(Duration.ofDays(2))).update();
    }
}
