package se.motesplats.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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
 * Check-ins are read from reporting's summaries of attendance (per meeting, and per activity and
 * person: ADR 0007), which the database keeps exactly equal to attendance; the rest from the other
 * modules' tables (ADR 0003). Matching and vetting figures come from the volunteering services,
 * which apply the same scope.
 */
@Service
public class DashboardService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DashboardService.class);

    static final int WEEKS = 8;
    /** The page shows figures computed at most this long ago (and says so). */
    static final Duration SHARED_FOR = Duration.ofMinutes(1);
    /**
     * The background refresh ({@link #refreshShared}, every {@value #REFRESH_EVERY}) computes a kept scope's
     * figures again once they are this old, so that they are renewed well before {@link #SHARED_FOR}.
     */
    static final Duration REFRESHED_AFTER = Duration.ofSeconds(40);
    static final String REFRESH_EVERY = "PT10S";
    /** A scope nobody has opened for this long is no longer refreshed, and forgotten. */
    static final Duration KEPT_WARM_FOR = Duration.ofMinutes(30);
    static final int MAX_SHARED_SCOPES = 1_000;
    /** The people of the period are read in this many parts (of the scope's activities), each by whichever connection is free. */
    static final int PEOPLE_READS = 16;
    /**
     * A person counted at an activity ({@code reporting_attendee r}) in the period: their first or last
     * meeting there lies in it, or both lie outside it and a check-in in it is looked up (someone
     * checked in before a meeting that starts after the period, so only during the last hours).
     */
    /**
     * Before a select with the scope's activity ids: MariaDB turns a list of 1,000 values or more into a join with a
     * table of them (in_predicate_conversion_threshold), which reads each activity's entries by its id alone, all year;
     * kept a list, it is one range per activity from the period's start.
     */
    private static final String AS_RANGES = "set statement in_predicate_conversion_threshold = 0 for ";
    /** The same, for a select that lists an activity's people in one value (64 MiB, the server's largest packet, at most). */
    private static final String AS_RANGES_LISTED = "set statement in_predicate_conversion_threshold = 0, group_concat_max_len = 67108864 for ";
    private static final String COUNTED_IN_PERIOD = """
            r.last_present_at >= :from and r.first_present_at < :until and (r.first_present_at >= :from or r.last_present_at < :until
              or exists (select 1 from occurrence c join attendance t on t.occurrence_id = c.id and t.attendee = r.attendee
                         where c.activity_id = r.activity_id and t.present and not t.leader and c.starts_at >= :from and c.starts_at < :until))""";

    private final JdbcClient jdbc;
    private final AreaService areas;
    private final MatchingService matching;
    private final VolunteerService volunteers;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final ConcurrentMap<Scope, Shared> shared = new ConcurrentHashMap<>();
    /**
     * One computation at a time (per node) shares its reads with a second connection; the others read everything on their own,
     * so that requests that hold the pool's connections never all wait for more.
     */
    private final Semaphore sideReads = new Semaphore(1);
    private final ExecutorService sideReadThreads = Executors.newVirtualThreadPerTaskExecutor();

    DashboardService(JdbcClient jdbc, AreaService areas, MatchingService matching, VolunteerService volunteers, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.matching = matching;
        this.volunteers = volunteers;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The figures of the caller's areas as they are now. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public Dashboard mine() {
        return combined(counted(callersScope()), volunteering());
    }

    /**
     * The figures of the caller's areas as computed at most {@link #SHARED_FOR} ago: coordinators of
     * the same areas share them, so a dashboard opened again within the minute costs nothing, and a
     * check-in may take that long to show. The counted figures of every scope opened in the last
     * {@link #KEPT_WARM_FOR} are computed again in the background before they are a minute old
     * ({@link #refreshShared}), so such a page is served from them; only the first opening of a scope
     * (or one after the refresh fell behind) computes them while the caller waits. The matching and
     * vetting figures apply the caller's own access, so they are computed for a caller (cheap), at most
     * once a minute per scope.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public Dashboard mineShared() {
        Scope scope = callersScope();
        Instant now = clock.instant();
        Shared kept = shared.get(scope);
        if (kept != null && fresh(kept.counted().at(), now) && fresh(kept.volunteering().at(), now)) {
            shared.computeIfPresent(scope, (key, current) -> current.askedAt(now));
            return kept.dashboard();
        }
        Counted counted = kept != null && fresh(kept.counted().at(), now) ? kept.counted() : counted(scope);
        Volunteering volunteering = kept != null && fresh(kept.volunteering().at(), now) ? kept.volunteering() : volunteering();
        Shared renewed = new Shared(counted, volunteering, combined(counted, volunteering), now);
        if (kept != null || shared.size() < MAX_SHARED_SCOPES) {
            shared.merge(scope, renewed, (current, mine) -> current.counted().at().isAfter(mine.counted().at())
                    ? current.withVolunteering(mine.volunteering(), now) : mine);
        }
        return renewed.dashboard();
    }

    /**
     * Computes the counted figures again of every scope opened within {@link #KEPT_WARM_FOR} whose figures are
     * {@link #REFRESHED_AFTER} old or older, and forgets the other scopes. Times come from the injected clock; the
     * timer only decides how often it looks. Each app node keeps (and refreshes) its own figures.
     */
    @Scheduled(fixedDelayString = "${motesplats.reporting.dashboard-refresh-every:" + REFRESH_EVERY + "}")
    public void refreshShared() {
        for (Map.Entry<Scope, Shared> entry : shared.entrySet()) {
            Instant now = clock.instant();
            Scope scope = entry.getKey();
            Shared kept = entry.getValue();
            if (!kept.askedAt().plus(KEPT_WARM_FOR).isAfter(now)) {
                shared.remove(scope, kept);
            } else if (!kept.counted().at().plus(REFRESHED_AFTER).isAfter(now)) {
                try {
                    Counted counted = readOnly.execute(status -> counted(scope));
                    shared.computeIfPresent(scope,
                            (key, current) -> current.counted().at().isAfter(counted.at()) ? current : current.withCounted(counted));
                } catch (RuntimeException e) {
                    // the other scopes still get theirs; this one's page computes when its figures are a minute old
                    log.warn("Could not refresh the dashboard's figures of one scope", e);
                }
            }
        }
    }

    /** Whether the figures of a coordinator scope of these municipalities are kept (and refreshed). */
    boolean keeps(Set<String> municipalities) {
        return shared.containsKey(new Scope(false, Set.copyOf(municipalities)));
    }

    private static boolean fresh(Instant computedAt, Instant now) {
        return computedAt.plus(SHARED_FOR).isAfter(now);
    }

    private Scope callersScope() {
        SignedInPerson caller = CurrentPerson.required();
        boolean everywhere = caller.hasRole(Roles.ADMINISTRATOR);
        return new Scope(everywhere, everywhere ? Set.of() : Set.copyOf(areas.scopeOf(caller.accountId())));
    }

    /**
     * The figures of one scope that depend on nothing else (attendance, activities, sign-ups), computed from a
     * read that started at {@code at}; their matching and vetting figures are zero until {@link #combined}.
     */
    private record Counted(Instant at, Dashboard figures) {
    }

    /** The matching queue and volunteers in the caller's areas, computed at {@code at}. */
    private record Volunteering(Instant at, int queue, long medianWaitDays, int active, int awaitingVetting) {
    }

    /** A scope's shared figures, the page made of them, and when someone last opened it. */
    private record Shared(Counted counted, Volunteering volunteering, Dashboard dashboard, Instant askedAt) {

        Shared askedAt(Instant now) {
            return new Shared(counted, volunteering, dashboard, now);
        }

        Shared withCounted(Counted renewed) {
            return new Shared(renewed, volunteering, combined(renewed, volunteering), askedAt);
        }

        Shared withVolunteering(Volunteering renewed, Instant now) {
            return new Shared(counted, renewed, combined(counted, renewed), now);
        }
    }

    private Volunteering volunteering() {
        Instant at = clock.instant();
        List<QueuedRequest> queue = matching.queue();
        List<Long> waits = queue.stream().map(QueuedRequest::waitingDays).sorted().toList();
        List<VolunteerOverview> inArea = volunteers.inMyAreas();
        int volunteersActive = (int) inArea.stream().filter(volunteer -> volunteer.openMatches() > 0).count();
        int awaitingVetting = (int) inArea.stream().filter(volunteer -> !volunteer.candidate().paused()
                && volunteer.programmes().stream().anyMatch(programme -> !programme.ready())).count();
        return new Volunteering(at, queue.size(), waits.isEmpty() ? 0 : waits.get(waits.size() / 2), volunteersActive, awaitingVetting);
    }

    private static Dashboard combined(Counted counted, Volunteering volunteering) {
        Dashboard d = counted.figures();
        return new Dashboard(d.from(), d.to(), d.activitiesRunning(), d.activeParticipants(), d.newThisMonth(), d.attendanceRate(),
                d.noShowRate(), d.occupancy(), d.waiting(), volunteering.queue(), volunteering.medianWaitDays(), volunteering.active(),
                volunteering.awaitingVetting(), d.weeks(), d.byMunicipality(), d.byCategory(), d.byTargetGroup(), d.byOrganisation(),
                d.byLanguage());
    }

    /** Everything, or the municipalities of a coordinator's areas. */
    private record Scope(boolean everywhere, Set<String> municipalities) {
    }

    private Counted counted(Scope of) {
        Instant at = clock.instant();
        boolean everywhere = of.everywhere();
        Set<String> scope = of.municipalities();
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        Instant from = firstMonday.atStartOfDay(Zones.STOCKHOLM).toInstant();
        Instant until = clock.instant();
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(Zones.STOCKHOLM).toInstant();
        Query scoped = new Query(everywhere, scope, from, until, Map.of());
        Query query = new Query(everywhere, scope, from, until, activities(scoped));

        int running = query.count("""
                select count(*) from activity a where a.status = 'PUBLISHED' and %s""");
        // the people of the period (a few hundred milliseconds of the database's CPU for the whole country), the profiles'
        // languages and the meetings per activity are read in parts that this connection and, if one is free, a second one
        // take in turn (the database has more than one core); this one reads the weekly trend, places and waiting list first
        PeopleInPeriod people = new PeopleInPeriod(query.activities);
        List<Runnable> reads = new ArrayList<>();
        reads.add(() -> languages(people));
        reads.add(() -> meetingsSoFar(query, people));
        List<Long> ids = query.activities.keySet().stream().sorted().toList();
        for (List<Long> part : SharedReads.parts(ids, PEOPLE_READS)) {
            reads.add(() -> listed(query, monthStart, part).forEach(row -> people.people(row.activityId(), row.ownKey(), row.others())));
        }
        SharedReads shared = new SharedReads(reads);
        if (sideReads.tryAcquire()) {
            sideReadThreads.execute(() -> {
                try {
                    // a transaction holds the connection from before the first read it takes, so that the request's own never waits
                    // for a read that waits for a connection
                    readOnly.executeWithoutResult(status -> shared.readOnSecond());
                } catch (RuntimeException e) {
                    // no second connection in time (the pool full of requests), or a read failed and was given back
                    log.warn("The dashboard's reads could not all be done on a second connection", e);
                } finally {
                    sideReads.release();
                }
            });
        }
        List<Dashboard.Week> weeks = trend(query, firstMonday);
        int[] places = jdbc.sql(query.scoped("""
                select coalesce(sum(p.taken), 0) as taken, coalesce(sum(p.capacity), 0) as capacity
                from signup_places p join activity a on a.id = p.activity_id
                where p.occurrence_id = 0 and p.capacity is not null and a.status = 'PUBLISHED' and %s"""))
                .params(query.parameters()).query((row, number) -> new int[] {row.getInt("taken"), row.getInt("capacity")}).single();
        int taken = places[0];
        int capacity = places[1];
        int waiting = query.count("""
                select count(*) from signup s join activity a on a.id = s.activity_id
                where s.status = 'WAITLISTED' and a.status = 'PUBLISHED' and %s""");
        shared.readOnOwn();
        countedBefore(query, monthStart, people);
        int noShows = people.noShows();
        int present = people.presentSignedUp();
        return new Counted(at, new Dashboard(firstMonday, today, running, people.active(), people.newThisMonth(),
                percent(present, present + noShows), percent(noShows, present + noShows), percent(taken, capacity), waiting, 0, 0, 0, 0,
                weeks, breakdown(people, PeopleInPeriod.Activity::municipalityCode),
                breakdown(people, PeopleInPeriod.Activity::category), breakdown(people, PeopleInPeriod.Activity::targetGroup),
                byOrganisation(people, query), people.byLanguage()));
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
        Map<String, Integer> wishes = new TreeMap<>();
        categories.forEach(gap -> wishes.merge(gap.municipalityCode(), gap.interested() + gap.waiting(), Integer::sum));
        languages.forEach(gap -> wishes.merge(gap.municipalityCode(), gap.people(), Integer::sum));
        // each municipality at its seat, so that one with wishes and no activity at all is on the map too
        List<UnmetDemand.Area> onMap = wishes.entrySet().stream()
                .flatMap(entry -> areas.municipality(entry.getKey()).stream()
                        .map(place -> new UnmetDemand.Area(entry.getKey(), entry.getValue(), place.latitude(), place.longitude())))
                .sorted(Comparator.comparingInt(UnmetDemand.Area::wishes).reversed())
                .toList();
        return new UnmetDemand(categories, languages, onMap);
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

    /**
     * The eight weeks of the trend in one grouped query, each meeting's week found by comparing its start with the weeks'
     * bounds (Mondays at midnight in Stockholm, so that a week with a change to or from summer time is as long as it really
     * is). The trend reaches to the end of this week, so people checked in before a meeting's start time count too.
     */
    private List<Dashboard.Week> trend(Query query, LocalDate firstMonday) {
        List<Instant> bounds = new ArrayList<>();
        for (int week = 0; week <= WEEKS; week++) {
            bounds.add(firstMonday.plusWeeks(week).atStartOfDay(Zones.STOCKHOLM).toInstant());
        }
        Query period = query.between(bounds.getFirst(), bounds.getLast());
        Map<String, Object> parameters = period.parameters();
        StringBuilder week = new StringBuilder("case");
        for (int next = 1; next < WEEKS; next++) {
            week.append(" when m.starts_at < :week").append(next).append(" then ").append(next - 1);
            parameters.put("week" + next, bounds.get(next));
        }
        week.append(" else ").append(WEEKS - 1).append(" end");
        int[] meetings = new int[WEEKS];
        int[] present = new int[WEEKS];
        int[] noShows = new int[WEEKS];
        // every meeting of the period with somebody checked in or a no-show, from its summary alone (V44); grouped by week
        // alone (with the activity too, 57,000 groups for the whole country, it cost twice the database's time)
        jdbc.sql(AS_RANGES + """
                        select %s as week, sum(m.participants + m.leaders > 0) as meetings, sum(m.participants) as present,
                          sum(m.no_shows) as no_shows
                        from reporting_meeting m
                        where m.activity_id in (:activities) and m.starts_at >= :from and m.starts_at < :until
                        group by week""".formatted(week))
                .params(parameters)
                .query(row -> {
                    int index = row.getInt("week");
                    meetings[index] = row.getInt("meetings");
                    present[index] = row.getInt("present");
                    noShows[index] = row.getInt("no_shows");
                });
        List<Dashboard.Week> weeks = new ArrayList<>();
        for (int index = 0; index < WEEKS; index++) {
            weeks.add(new Dashboard.Week(firstMonday.plusWeeks(index), meetings[index], present[index], noShows[index]));
        }
        return weeks;
    }

    /** The period's meetings up to now per activity, with the no-shows up to now (the attendance rate's), to {@code people}. */
    private void meetingsSoFar(Query query, PeopleInPeriod people) {
        jdbc.sql(AS_RANGES + """
                        select m.activity_id, sum(if(m.participants > 0, m.participants, 0)) as check_ins,
                          sum(m.participants > 0) as with_participants, sum(if(m.evaluated, m.with_account, 0)) as signed_up,
                          sum(m.no_shows) as no_shows
                        from reporting_meeting m
                        where m.activity_id in (:activities) and m.starts_at >= :from and m.starts_at < :until
                        group by m.activity_id""")
                .params(query.parameters())
                .query(row -> {
                    people.meetings(row.getLong("activity_id"), row.getInt("check_ins"), row.getInt("with_participants"), row.getInt("signed_up"),
                            row.getInt("no_shows"));
                });
    }

    /** One activity's people of the period as {@link #listed} reads them (see {@link PeopleInPeriod#people}). */
    private record Listed(long activityId, @Nullable String ownKey, @Nullable String others) {
    }

    /** The people of the period at these activities of the scope, one row per activity. */
    private List<Listed> listed(Query query, Instant monthStart, List<Long> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        // by the scope's activity ids, not a join with activity: a list of ids lets MariaDB read one range of the
        // covering index per activity (activity_id, last_present_at >= :from), where a join reads all the year's
        // people of each activity (ref access uses only the equal part of the key)
        // one row per activity (PeopleInPeriod.people): on the generated data the whole country's 290,000 rows cost more to
        // send and decode than to find
        return jdbc.sql(AS_RANGES_LISTED + """
                        select r.activity_id,
                          group_concat(if(r.attendee = concat('p', r.account_id), concat(r.account_id, %1$s), null) separator '') as own_key,
                          group_concat(if(r.attendee = concat('p', r.account_id), null,
                            concat(char_length(r.attendee), ':', r.attendee, coalesce(r.account_id, ''), %1$s)) separator '') as others
                        from reporting_attendee r
                        where r.activity_id in (:activities) and %2$s
                        group by r.activity_id""".formatted("if(r.first_present_at < :monthStart, 'o', 'n')", COUNTED_IN_PERIOD))
                .params(query.parameters()).param("monthStart", monthStart).param("activities", activities)
                .query((row, number) -> new Listed(row.getLong("activity_id"), row.getString("own_key"), row.getString("others")))
                .list();
    }

    /**
     * For the people whose first meeting at every activity of the period is this month, whether they were counted in the
     * caller's areas before it (at a meeting before the period). People present in the period are participants, not leaders.
     */
    private void countedBefore(Query query, Instant monthStart, PeopleInPeriod people) {
        // looked up for those people only (a look-up per row cost 200 ms of the database's CPU for the whole country's 52,000
        // rows that start this month); everywhere without the activities (every row is of an activity), whose list alone
        // costs the database 40 ms for the whole country
        List<Long> maybeNew = people.maybeNewThisMonth();
        if (!maybeNew.isEmpty()) {
            jdbc.sql(AS_RANGES + """
                            select distinct e.account_id from reporting_attendee e
                            where e.account_id in (:accounts) and e.first_present_at < :monthStart"""
                            + (query.everywhere ? "" : " and e.activity_id in (:activities)"))
                    .params(query.parameters()).param("monthStart", monthStart).param("accounts", maybeNew)
                    .query(row -> {
                        people.countedBefore(row.getLong("account_id"));
                    });
        }
    }

    /** The languages the profiles name, in one read instead of a look-up per row (a person counts once per activity). */
    private void languages(PeopleInPeriod people) {
        // on the generated data 20 ms of the database's time instead of 60 ms for a municipality and 300 ms for everything
        jdbc.sql("select p.account_id, p.languages from person_profile p where p.languages <> ''")
                .query(row -> {
                    people.languages(row.getLong("account_id"), row.getString("languages"));
                });
    }

    /** The scope's activities (any status) with the columns the breakdowns group by. */
    private Map<Long, PeopleInPeriod.Activity> activities(Query query) {
        Map<Long, PeopleInPeriod.Activity> activities = new HashMap<>();
        jdbc.sql(query.scoped("select a.id, a.municipality_code, a.category, a.target_group, a.organisation_id from activity a where %s"))
                .params(query.parameters())
                .query(row -> {
                    activities.put(row.getLong("id"), new PeopleInPeriod.Activity(row.getString("municipality_code"), row.getString("category"),
                            row.getString("target_group"), row.getLong("organisation_id")));
                });
        return activities;
    }

    private static List<Dashboard.Breakdown> breakdown(PeopleInPeriod people, Function<PeopleInPeriod.Activity, String> column) {
        // as the database orders these columns (utf8mb4_swedish_ci): letters' case aside, '_' before letters and digits
        Comparator<String> databaseOrder = Comparator.comparing((String key) -> key.replace('_', ' '), String.CASE_INSENSITIVE_ORDER);
        return people.by(column, databaseOrder).stream()
                .map(tally -> new Dashboard.Breakdown(tally.key(), tally.participants(), tally.checkIns(), tally.meetings()))
                .toList();
    }

    /** The same per association running the activities, with its name; equal counts in the database's order of names. */
    private List<Dashboard.OrganisationBreakdown> byOrganisation(PeopleInPeriod people, Query query) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql(query.scoped("select g.id, g.name from organisation g where g.id in (select a.organisation_id from activity a where %s) order by g.name, g.id"))
                .params(query.parameters())
                .query(row -> {
                    names.put(row.getLong("id"), row.getString("name"));
                });
        List<Long> order = List.copyOf(names.keySet());
        Map<Long, Integer> rank = new HashMap<>();
        for (int index = 0; index < order.size(); index++) {
            rank.put(order.get(index), index);
        }
        return people.by(PeopleInPeriod.Activity::organisationId, Comparator.comparingInt(id -> rank.getOrDefault(id, Integer.MAX_VALUE))).stream()
                .filter(tally -> names.containsKey(tally.key()))
                .map(tally -> new Dashboard.OrganisationBreakdown(tally.key(), names.get(tally.key()), tally.participants(), tally.checkIns(),
                        tally.meetings()))
                .toList();
    }

    static @Nullable Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    /** The caller's scope as a SQL condition on the activity's municipality, with the period's bounds. */
    private final class Query {

        private final boolean everywhere;
        private final Set<String> scope;
        private final Instant from;
        private final Instant until;
        /** The scope's activities, read once (empty until then). */
        private final Map<Long, PeopleInPeriod.Activity> activities;

        Query(boolean everywhere, Set<String> scope, Instant from, Instant until, Map<Long, PeopleInPeriod.Activity> activities) {
            this.everywhere = everywhere;
            this.scope = scope;
            this.from = from;
            this.until = until;
            this.activities = activities;
        }

        Query between(Instant periodFrom, Instant periodUntil) {
            return new Query(everywhere, scope, periodFrom, periodUntil, activities);
        }

        String scoped(String sql) {
            // every %s (or %1$s) is the same condition
            String condition = everywhere ? "true" : scope.isEmpty() ? "false" : "a.municipality_code in (:scope)";
            return sql.formatted(condition, condition);
        }

        Map<String, Object> parameters() {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("from", from);
            parameters.put("until", until);
            parameters.put("scope", scope.isEmpty() ? List.of("") : scope);
            // no activity has id 0; an empty list would not be valid SQL
            parameters.put("activities", activities.isEmpty() ? List.of(0L) : List.copyOf(activities.keySet()));
            return parameters;
        }

        int count(String sql) {
            return jdbc.sql(scoped(sql)).params(parameters()).query(Integer.class).single();
        }
    }
}
