package se.motesplats.organisation;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.shared.Hashes;

/**
 * Invitation links to join an association. The link holds a random token; only its hash is stored, so
 * a copy of the database opens no invitation. One open invitation per person and association: inviting
 * again replaces the link (and the old one stops working).
 */
@Component
class Invitations {

    /** Long enough for a volunteer who reads e-mail once a week. */
    static final Duration VALID_FOR = Duration.ofDays(14);

    private static final SecureRandom RANDOM = new SecureRandom();

    record Invitation(long organisationId, long accountId, OrganisationRole role, long invitedBy, Instant expiresAt) {
    }

    record Pending(long accountId, OrganisationRole role, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the token for the link (lower-case hex, which the sign-in page accepts as a return path) */
    String create(long organisationId, long accountId, OrganisationRole role, long invitedBy, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        jdbc.sql("delete from organisation_invitation where organisation_id = ? and account_id = ?")
                .params(organisationId, accountId).update();
        jdbc.sql("""
                insert into organisation_invitation (organisation_id, account_id, role, token_hash, invited_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, accountId, role.name(), Hashes.sha256Hex(token), invitedBy, Timestamp.from(now),
                        Timestamp.from(now.plus(VALID_FOR)))
                .update();
        return token;
    }

    Optional<Invitation> find(String token) {
        if (!token.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return jdbc.sql("select organisation_id, account_id, role, invited_by, expires_at from organisation_invitation where token_hash = ?")
                .param(Hashes.sha256Hex(token))
                .query((rs, row) -> new Invitation(rs.getLong("organisation_id"), rs.getLong("account_id"),
                        OrganisationRole.valueOf(rs.getString("role")), rs.getLong("invited_by"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    void delete(String token) {
        jdbc.sql("delete from organisation_invitation where token_hash = ?").param(Hashes.sha256Hex(token)).update();
    }

    List<Pending> pending(long organisationId, Instant now) {
        return jdbc.sql("select account_id, role, expires_at from organisation_invitation where organisation_id = ? and expires_at > ?"
                        + " order by created_at")
                .params(organisationId, Timestamp.from(now))
                .query((rs, row) -> new Pending(rs.getLong("account_id"), OrganisationRole.valueOf(rs.getString("role")),
                        rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    List<String> organisationNamesFor(long accountId) {
        return jdbc.sql("select o.name from organisation_invitation i join organisation o on o.id = i.organisation_id where i.account_id = ?")
                .param(accountId).query(String.class).list();
    }

    void forget(long accountId) {
        jdbc.sql("delete from organisation_invitation where account_id = ?").param(accountId).update();
    }
}
