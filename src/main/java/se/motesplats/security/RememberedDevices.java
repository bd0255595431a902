package se.motesplats.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remember-me tokens in the database (Spring Security's persistent-token scheme: a series per
 * device and a token that changes at every use, so a stolen cookie is noticed), with the device
 * list each person can see and revoke.
 */
@Component
class RememberedDevices implements PersistentTokenRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    RememberedDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void createNewToken(PersistentRememberMeToken token) {
        jdbc.sql("""
                insert into remembered_device (series, account_id, token, last_used, created_at)
                values (:series, :account, :token, :lastUsed, :now)""")
                .param("series", token.getSeries()).param("account", Long.parseLong(token.getUsername()))
                .param("token", token.getTokenValue()).param("lastUsed", clock.instant())
                .param("now", clock.instant()).update();
    }

    @Override
    @Transactional
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        // the injected clock rather than Spring's system-clock stamp, like every other time here
        jdbc.sql("update remembered_device set token = :token, last_used = :lastUsed where series = :series")
                .param("token", tokenValue).param("lastUsed", clock.instant()).param("series", series).update();
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable PersistentRememberMeToken getTokenForSeries(String seriesId) {
        return jdbc.sql("select account_id, series, token, last_used from remembered_device where series = :series")
                .param("series", seriesId)
                .query((row, number) -> new PersistentRememberMeToken(String.valueOf(row.getLong("account_id")),
                        row.getString("series"), row.getString("token"), Date.from(row.getTimestamp("last_used").toInstant())))
                .optional().orElse(null);
    }

    @Override
    @Transactional
    public void removeUserTokens(String username) {
        jdbc.sql("delete from remembered_device where account_id = :account").param("account", Long.parseLong(username)).update();
    }

    /** Names the device just remembered, from its browser's description. */
    @Transactional
    void describe(String series, String device) {
        jdbc.sql("update remembered_device set device = :device where series = :series")
                .param("device", device).param("series", series).update();
    }

    @Transactional(readOnly = true)
    List<RememberedDevice> of(long accountId) {
        return jdbc.sql("""
                select series, device, created_at, last_used from remembered_device where account_id = :account
                order by last_used desc""")
                .param("account", accountId)
                .query((row, number) -> new RememberedDevice(row.getString("series"), row.getString("device"),
                        row.getTimestamp("created_at").toInstant(), row.getTimestamp("last_used").toInstant()))
                .list();
    }

    /** Forgets one of the person's own devices; a series of someone else is not touched. */
    @Transactional
    void forget(long accountId, String series) {
        jdbc.sql("delete from remembered_device where account_id = :account and series = :series")
                .param("account", accountId).param("series", series).update();
    }

    /** Expired rows are removed by age, so the list shows only devices that can still sign in. */
    @Transactional
    void forgetUnusedSince(Instant before) {
        jdbc.sql("delete from remembered_device where last_used < :before").param("before", before).update();
    }
}
