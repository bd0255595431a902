package se.motesplats.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who did what to whose data, append-only (the database refuses updates and deletes). Changes are
 * written in the changing transaction, so an entry exists exactly when the change was committed;
 * staff reads of personal data are written in a transaction of their own, as a read has none.
 * Entries name people by account id only.
 */
@Service
public class AuditLog {

    private static final int MOST_SHOWN = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A change to someone's data ({@code person}, when there is one), by the caller or by the system. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String action, String subject, @Nullable Long person, @Nullable String detail) {
        insert(action, subject, person, detail);
    }

    /** A member of staff looked at personal data: one entry per list or record opened. */
    public void read(String action, String subject, @Nullable Long person) {
        ownTransaction.executeWithoutResult(status -> insert(action, subject, person, null));
    }

    private void insert(String action, String subject, @Nullable Long person, @Nullable String detail) {
        Long actor = CurrentPerson.get().map(SignedInPerson::accountId).filter(id -> id > 0).orElse(null);
        jdbc.sql("""
                insert into audit_event (at, actor_id, action, subject, person_id, detail)
                values (:at, :actor, :action, :subject, :person, :detail)""")
                .param("at", clock.instant()).param("actor", actor).param("action", action).param("subject", subject)
                .param("person", person).param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 300)))
                .update();
    }

    /** Entries matching the search, newest first, at most {@value #MOST_SHOWN}. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditSearch search) {
        return jdbc.sql("""
                select id, at, actor_id, action, subject, person_id, detail from audit_event
                where (:person is null or person_id = :person) and (:actor is null or actor_id = :actor)
                  and (:action = '' or action like concat(:action, '%')) and at >= :from and at < :until
                order by at desc, id desc limit :limit""")
                .param("person", search.person()).param("actor", search.actor()).param("action", search.actionStartsWith())
                .param("from", search.from()).param("until", search.until()).param("limit", MOST_SHOWN)
                .query((row, number) -> new AuditEntry(row.getLong("id"), row.getTimestamp("at").toInstant(),
                        row.getObject("actor_id", Long.class), row.getString("action"), row.getString("subject"),
                        row.getObject("person_id", Long.class), row.getString("detail")))
                .list();
    }

    /** The same entries as CSV (RFC 4180), for administrators' exports. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public void exportCsv(AuditSearch search, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("id", "at", "actor_id", "action", "subject", "person_id", "detail").get())) {
            for (AuditEntry entry : search(search)) {
                csv.printRecord(entry.id(), entry.at(), entry.actor(), entry.action(), entry.subject(), entry.person(), entry.detail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record AuditEntry(long id, Instant at, @Nullable Long actor, String action, String subject, @Nullable Long person,
            @Nullable String detail) {
    }

    /** What an administrator looks for: a person, an actor, actions starting so, a time span. */
    public record AuditSearch(@Nullable Long person, @Nullable Long actor, String actionStartsWith, Instant from, Instant until) {
    }
}
