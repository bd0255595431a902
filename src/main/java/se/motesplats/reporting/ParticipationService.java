package se.motesplats.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityHeadline;
import se.motesplats.activity.ActivityService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.security.AccountService;
import se.motesplats.security.AuditLog;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;

/**
 * Which activities a person took part in and how often, for themselves (with a certificate to
 * show, for example, at the Public Employment Service) and, with their consent to sharing, for
 * the case officer who referred them. Read with aggregate SQL over attendance and meetings (ADR 0003).
 */
@Service
public class ParticipationService {

    static final int PEOPLE_PER_QUERY = 500;

    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    ParticipationService(JdbcClient jdbc, ActivityService activities, AccountService accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's own participation. */
    @Transactional(readOnly = true)
    public List<Participation> mine(SupportedLanguage language) {
        long me = CurrentPerson.required().accountId();
        return of(List.of(me), language).getOrDefault(me, List.of());
    }

    /**
     * People the caller referred who agreed to share their participation with a case officer, each
     * with their participation. Administrators see everyone who agreed.
     */
    @RolesAllowed({Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<PersonParticipation> sharedWithMe(SupportedLanguage language) {
        SignedInPerson caller = CurrentPerson.required();
        List<Long> people = jdbc.sql("""
                select distinct c.account_id from consent c
                where c.purpose = :purpose and c.withdrawn_at is null
                  and (:everyone or exists (select 1 from signup s where s.account_id = c.account_id and s.referred_by = :me))""")
                .param("purpose", ConsentPurpose.SHARING_WITH_CASE_OFFICER.name()).param("everyone", caller.hasRole(Roles.ADMINISTRATOR))
                .param("me", caller.accountId()).query(Long.class).list();
        var names = accounts.firstNames(people);
        people.forEach(person -> audit.read("reporting.participation-read", "account:" + person, person));
        Map<Long, List<Participation>> participation = of(people, language);
        return people.stream()
                .map(person -> new PersonParticipation(person, names.getOrDefault(person, ""), participation.getOrDefault(person, List.of())))
                .filter(shared -> !shared.activities().isEmpty()).toList();
    }

    /**
     * Each person's participation, first activity first: one grouped query per {@value #PEOPLE_PER_QUERY}
     * people, and each activity's title looked up once.
     */
    private Map<Long, List<Participation>> of(List<Long> people, SupportedLanguage language) {
        Instant now = clock.instant();
        Map<Long, String> titles = new HashMap<>();
        Map<Long, List<Participation>> participation = new HashMap<>();
        for (int from = 0; from < people.size(); from += PEOPLE_PER_QUERY) {
            jdbc.sql("""
                    select a.account_id, o.activity_id, count(*) as attended, min(o.starts_at) as first_met, max(o.starts_at) as last_met,
                      (select count(*) from occurrence held where held.activity_id = o.activity_id and not held.cancelled
                         and held.starts_at >= min(o.starts_at) and held.starts_at <= :now) as held
                    from attendance a join occurrence o on o.id = a.occurrence_id
                    where a.account_id in (:people) and a.present and not a.leader
                    group by a.account_id, o.activity_id order by a.account_id, min(o.starts_at), o.activity_id""")
                    .param("people", people.subList(from, Math.min(people.size(), from + PEOPLE_PER_QUERY))).param("now", now)
                    .query(row -> {
                        long activity = row.getLong("activity_id");
                        String title = titles.computeIfAbsent(activity,
                                id -> activities.headline(id, language).map(ActivityHeadline::title).orElse(""));
                        participation.computeIfAbsent(row.getLong("account_id"), person -> new ArrayList<>()).add(new Participation(activity,
                                title, row.getInt("attended"), Math.max(row.getInt("held"), row.getInt("attended")),
                                row.getTimestamp("first_met").toInstant(), row.getTimestamp("last_met").toInstant()));
                    });
        }
        participation.replaceAll((person, activitiesOfPerson) -> List.copyOf(activitiesOfPerson));
        return participation;
    }

    /** One activity: meetings attended of those held since the first one attended. */
    public record Participation(long activityId, String title, int attended, int held, Instant first, Instant last) {

        public int ratePercent() {
            return held == 0 ? 0 : Math.round(100f * attended / held);
        }
    }

    public record PersonParticipation(long accountId, String firstName, List<Participation> activities) {
    }
}
