package se.motesplats.volunteering;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.area.AreaService;
import se.motesplats.security.AccountService;
import se.motesplats.security.AuditLog;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.shared.RuleViolation;

/**
 * Anyone, signed in or not, can tell coordinators of a concern about a volunteer, a contact family
 * or a match. Only coordinators of the municipality named (all coordinators if none is) and
 * administrators read it; a signed-in reporter may choose to stay anonymous.
 */
@Service
public class ConcernService {

    static final int MAX_ABOUT = 200;
    static final int MAX_DESCRIPTION = 4000;

    private final JdbcClient jdbc;
    private final AreaService areas;
    private final AccountService accounts;
    private final CoordinatorScope scope;
    private final Clock clock;
    private final AuditLog audit;

    ConcernService(JdbcClient jdbc, AreaService areas, AccountService accounts, CoordinatorScope scope, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.areas = areas;
        this.accounts = accounts;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public void report(String about, String description, @Nullable String municipalityCode, boolean anonymous) {
        if (about.isBlank() || description.isBlank()) {
            throw new RuleViolation("volunteering.rule.concern-empty");
        }
        if (about.strip().length() > MAX_ABOUT || description.strip().length() > MAX_DESCRIPTION) {
            throw new RuleViolation("volunteering.rule.concern-too-long");
        }
        if (municipalityCode != null && areas.municipality(municipalityCode).isEmpty()) {
            throw new RuleViolation("volunteering.rule.municipality-needed");
        }
        Long reporter = anonymous ? null : CurrentPerson.get().map(person -> person.accountId()).orElse(null);
        jdbc.sql("""
                insert into volunteer_concern (about, description, municipality_code, reported_by, reported_at)
                values (?, ?, ?, ?, ?)""")
                .params(about.strip(), description.strip(), municipalityCode, reporter, clock.instant()).update();
    }

    /** Concerns not yet handled that the caller may read, oldest first. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<Concern> open() {
        Set<String> municipalities = scope.municipalities();
        List<Row> rows = jdbc.sql("select * from volunteer_concern where handled_at is null"
                        + (scope.unlimited() ? "" : " and (municipality_code is null or municipality_code in (:municipalities))")
                        + " order by reported_at")
                .param("municipalities", municipalities.isEmpty() ? List.of("") : municipalities)
                .query((row, number) -> new Row(row.getLong("id"), row.getString("about"), row.getString("description"),
                        row.getString("municipality_code"), (Long) row.getObject("reported_by", Long.class),
                        row.getTimestamp("reported_at").toInstant()))
                .list();
        audit.read("volunteering.concerns-read", "concerns", null);
        Map<Long, String> names = accounts.firstNames(rows.stream().map(Row::reporter).filter(java.util.Objects::nonNull).toList());
        return rows.stream().map(row -> new Concern(row.id(), row.about(), row.description(),
                row.municipality() == null ? null : areas.municipalityName(row.municipality()),
                row.reporter() == null ? null : names.get(row.reporter()), row.reportedAt())).toList();
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public void handled(long concernId) {
        String municipality = jdbc.sql("select municipality_code from volunteer_concern where id = ?").param(concernId)
                .query(String.class).optional().orElse(null);
        if (municipality != null) {
            scope.check(municipality);
        }
        jdbc.sql("update volunteer_concern set handled_at = ?, handled_by = ? where id = ? and handled_at is null")
                .params(clock.instant(), CurrentPerson.required().accountId(), concernId).update();
        audit.changed("volunteering.concern-handled", "concern:" + concernId, null, null);
    }

    private record Row(long id, String about, String description, @Nullable String municipality, @Nullable Long reporter,
            java.time.Instant reportedAt) {
    }
}
