package se.motesplats.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.area.AreaService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.Zones;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.QueuedRequest;
import se.motesplats.volunteering.VolunteerOverview;
import se.motesplats.volunteering.VolunteerService;

/**
 * The coordinators' dashboard, scoped to their municipalities (administrators see everything).
 * Aggregates are read straight from the other modules' tables with one query per figure (see ADR
 * 0003: reporting is a read-only view over the modules' data, and owns no table); matching and
 * vetting figures come from the volunteering services, which apply the same scope.
 */
@Service
public class DashboardService {

    static final int WEEKS = 8;

    private final JdbcClient jdbc;
    private final AreaService areas;
    private final MatchingService matching;
    private final VolunteerService volunteers;
    private final Clock clock;

    DashboardService(JdbcClient jdbc, AreaService areas, MatchingService matching, VolunteerService volunteers, Clock clock) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.matching = matching;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public Dashboard mine() {
        SignedInPerson caller = CurrentPerson.required();
        boolean everywhere = caller.hasRole(Roles.ADMINISTRATOR);
        Set<String> scope = everywhere ? Set.of() : areas.scopeOf(caller.accountId());
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        Instant from = firstMonday.atStartOfDay(Zones.STOCKHOLM).toInstant();
        Instant until = clock.instant();
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(Zones.STOCKHOLM).toInstant();
        Query query = new Query(everywhere, scope, from, until);

        int running = query.count("""
                select count(*) from activity a where a.status = 'PUBLISHED' and %s""");
        int active = query.count("""
                select count(distinct t.account_id) from attendance t join occurrence o on o.id = t.occurrence_id
                join activity a on a.id = o.activity_id
                where t.present and not t.leader and t.account_id is not null and o.starts_at >= :from and o.starts_at < :until and %s""");
        int newThisMonth = jdbc.sql(query.scoped("""
                select count(*) from (select t.account_id, min(o.starts_at) as first from attendance t
                  join occurrence o on o.id = t.occurrence_id join activity a on a.id = o.activity_id
                  where t.present and not t.leader and t.account_id is not null and %s group by t.account_id) firsts
                where firsts.first >= :monthStart and firsts.first < :until"""))
                .params(query.parameters()).param("monthStart", monthStart).query(Integer.class).single();
        int presentSignedUp = query.count("""
                select count(*) from attendance t join occurrence o on o.id = t.occurrence_id join activity a on a.id = o.activity_id
                join attendance_meeting_evaluated e on e.occurrence_id = o.id
                where t.present and not t.leader and t.account_id is not null and o.starts_at >= :from and o.starts_at < :until and %s""");
        int noShows = query.count("""
                select count(*) from attendance_no_show n join occurrence o on o.id = n.occurrence_id join activity a on a.id = o.activity_id
                where o.starts_at >= :from and o.starts_at < :until and %s""");
        int taken = query.count("""
                select coalesce(sum(p.taken), 0) from signup_places p join activity a on a.id = p.activity_id
                where p.occurrence_id = 0 and p.capacity is not null and a.status = 'PUBLISHED' and %s""");
        int capacity = query.count("""
                select coalesce(sum(p.capacity), 0) from signup_places p join activity a on a.id = p.activity_id
                where p.occurrence_id = 0 and p.capacity is not null and a.status = 'PUBLISHED' and %s""");
        int waiting = query.count("""
                select count(*) from signup s join activity a on a.id = s.activity_id
                where s.status = 'WAITLISTED' and a.status = 'PUBLISHED' and %s""");

        List<QueuedRequest> queue = matching.queue();
        List<Long> waits = queue.stream().map(QueuedRequest::waitingDays).sorted().toList();
        List<VolunteerOverview> inArea = volunteers.inMyAreas();
        int volunteersActive = (int) inArea.stream().filter(volunteer -> volunteer.openMatches() > 0).count();
        int awaitingVetting = (int) inArea.stream().filter(volunteer -> !volunteer.candidate().paused()
                && volunteer.programmes().stream().anyMatch(programme -> !programme.ready())).count();

        return new Dashboard(firstMonday, today, running, active, newThisMonth, percent(presentSignedUp, presentSignedUp + noShows),
                percent(noShows, presentSignedUp + noShows), percent(taken, capacity), waiting, queue.size(),
                waits.isEmpty() ? 0 : waits.get(waits.size() / 2), volunteersActive, awaitingVetting, weeks(query, firstMonday),
                breakdown(query, "a.municipality_code"), breakdown(query, "a.category"));
    }

    /**
     * The gaps between what people in the caller's areas want and what runs there: interests from
     * their profiles and places in queues per kind of activity, and their languages against the
     * languages activity leaders speak. Only gaps are listed, biggest first; counts only.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public UnmetDemand unmetDemand() {
        SignedInPerson caller = CurrentPerson.required();
        boolean everywhere = caller.hasRole(Roles.ADMINISTRATOR);
        Set<String> scope = everywhere ? Set.of() : areas.scopeOf(caller.accountId());
        Map<String, Object> parameters = Map.of("scope", scope.isEmpty() ? List.of("") : scope);
        String inScope = everywhere ? "true" : scope.isEmpty() ? "false" : "a.municipality_code in (:scope)";
        Map<String, Integer> interested = new HashMap<>();
        Map<String, Integer> speakers = new HashMap<>();
        jdbc.sql("select a.municipality_code, a.languages, a.interests from person_profile a where a.municipality_code is not null and "
                        + inScope)
                .params(parameters)
                .query(row -> {
                    String municipality = row.getString("municipality_code");
                    parts(row.getString("interests")).forEach(category -> interested.merge(key(municipality, category), 1, Integer::sum));
                    parts(row.getString("languages")).forEach(language -> speakers.merge(key(municipality, language), 1, Integer::sum));
                });
        Map<String, Integer> activitiesOfKind = new HashMap<>();
        Map<String, Integer> activitiesInLanguage = new HashMap<>();
        jdbc.sql("select a.municipality_code, a.category, a.leader_languages from activity a where a.status = 'PUBLISHED' and " + inScope)
                .params(parameters)
                .query(row -> {
                    String municipality = row.getString("municipality_code");
                    activitiesOfKind.merge(key(municipality, row.getString("category")), 1, Integer::sum);
                    parts(row.getString("leader_languages"))
                            .forEach(language -> activitiesInLanguage.merge(key(municipality, language), 1, Integer::sum));
                });
        Map<String, Integer> waiting = new HashMap<>();
        jdbc.sql("select a.municipality_code, a.category, count(*) as waiting from signup s join activity a on a.id = s.activity_id "
                        + "where s.status = 'WAITLISTED' and a.status = 'PUBLISHED' and " + inScope + " group by a.municipality_code, a.category")
                .params(parameters)
                .query(row -> {
                    waiting.put(key(row.getString("municipality_code"), row.getString("category")), row.getInt("waiting"));
                });
        Set<String> kinds = new TreeSet<>(interested.keySet());
        kinds.addAll(waiting.keySet());
        List<UnmetDemand.CategoryGap> categories = kinds.stream()
                .map(key -> new UnmetDemand.CategoryGap(first(key), second(key), interested.getOrDefault(key, 0), waiting.getOrDefault(key, 0),
                        activitiesOfKind.getOrDefault(key, 0)))
                .filter(UnmetDemand.CategoryGap::gap)
                .sorted(Comparator.comparingInt((UnmetDemand.CategoryGap gap) -> gap.interested() + gap.waiting()).reversed())
                .toList();
        // Swedish is the language of every activity, so it is never a gap
        List<UnmetDemand.LanguageGap> languages = speakers.entrySet().stream()
                .filter(entry -> !second(entry.getKey()).startsWith("sv") && !activitiesInLanguage.containsKey(entry.getKey()))
                .map(entry -> new UnmetDemand.LanguageGap(first(entry.getKey()), second(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparingInt(UnmetDemand.LanguageGap::people).reversed())
                .toList();
        return new UnmetDemand(categories, languages);
    }

    private static String key(String municipality, String value) {
        return municipality + "|" + value;
    }

    private static String first(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    private static String second(String key) {
        return key.substring(key.indexOf('|') + 1);
    }

    private static List<String> parts(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private List<Dashboard.Week> weeks(Query query, LocalDate firstMonday) {
        List<Dashboard.Week> weeks = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            LocalDate monday = firstMonday.plusWeeks(week);
            Query inWeek = query.between(monday.atStartOfDay(Zones.STOCKHOLM).toInstant(),
                    monday.plusWeeks(1).atStartOfDay(Zones.STOCKHOLM).toInstant());
            int meetings = inWeek.count("""
                    select count(distinct o.id) from attendance t join occurrence o on o.id = t.occurrence_id
                    join activity a on a.id = o.activity_id where t.present and o.starts_at >= :from and o.starts_at < :until and %s""");
            int present = inWeek.count("""
                    select count(*) from attendance t join occurrence o on o.id = t.occurrence_id join activity a on a.id = o.activity_id
                    where t.present and not t.leader and o.starts_at >= :from and o.starts_at < :until and %s""");
            int noShows = inWeek.count("""
                    select count(*) from attendance_no_show n join occurrence o on o.id = n.occurrence_id
                    join activity a on a.id = o.activity_id where o.starts_at >= :from and o.starts_at < :until and %s""");
            weeks.add(new Dashboard.Week(monday, meetings, present, noShows));
        }
        return weeks;
    }

    private List<Dashboard.Breakdown> breakdown(Query query, String column) {
        return jdbc.sql(query.scoped("select " + column + " as breakdown_key, count(distinct t.attendee) as participants, "
                        + "count(distinct o.id) as meetings from attendance t join occurrence o on o.id = t.occurrence_id "
                        + "join activity a on a.id = o.activity_id where t.present and not t.leader and o.starts_at >= :from "
                        + "and o.starts_at < :until and %s group by " + column + " order by participants desc"))
                .params(query.parameters())
                .query((row, number) -> new Dashboard.Breakdown(row.getString("breakdown_key"), row.getInt("participants"),
                        row.getInt("meetings")))
                .list();
    }

    private static @Nullable Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    /** The caller's scope as a SQL condition on the activity's municipality, with the period's bounds. */
    private final class Query {

        private final boolean everywhere;
        private final Set<String> scope;
        private final Instant from;
        private final Instant until;

        Query(boolean everywhere, Set<String> scope, Instant from, Instant until) {
            this.everywhere = everywhere;
            this.scope = scope;
            this.from = from;
            this.until = until;
        }

        Query between(Instant weekFrom, Instant weekUntil) {
            return new Query(everywhere, scope, weekFrom, weekUntil);
        }

        String scoped(String sql) {
            return sql.formatted(everywhere ? "true" : scope.isEmpty() ? "false" : "a.municipality_code in (:scope)");
        }

        java.util.Map<String, Object> parameters() {
            java.util.Map<String, Object> parameters = new java.util.HashMap<>();
            parameters.put("from", from);
            parameters.put("until", until);
            parameters.put("scope", scope.isEmpty() ? List.of("") : scope);
            return parameters;
        }

        int count(String sql) {
            return jdbc.sql(scoped(sql)).params(parameters()).query(Integer.class).single();
        }
    }
}
