package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.TargetGroup;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.people.Profile;
import se.motesplats.people.ProfileService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/**
 * The dashboard reads summaries of attendance that triggers keep (ADR 0007); here its figures are
 * compared, after every kind of change to attendance, with the same figures computed straight from
 * every check-in (the queries the dashboard ran before the summaries), for a coordinator of Sävsjö
 * and for an administrator, who sees everything.
 */
class DashboardSummariesModuleTest extends ModuleTestBase {

    static final String SAVSJO = "0684";
    static final String NASSJO = "0682";

    @Autowired DashboardService dashboards;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired ProfileService profiles;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired ReportingTestData data;

    @Test
    void theFiguresStayWhatEveryCheckInAddsUpToThroughCheckInsUndosCorrectionsAndMovedMeetings() {
        long coordinator = coordinatorOf(SAVSJO);
        long administrator = accounts.ensureAccount("a-" + UUID.randomUUID() + "@motesplats.test", "Anna", SupportedLanguage.SWEDISH,
                List.of(Roles.ADMINISTRATOR));
        ReportingTestData.Activity cafe = data.activity(SAVSJO, "Kaféföreningen", ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE);
        ReportingTestData.Activity football = data.activity(SAVSJO, "Fotbollsföreningen", ActivityCategory.SPORT, TargetGroup.WOMEN);
        List<Long> people = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            people.add(person(n % 2 == 0 ? Set.of(SupportedLanguage.ARABIC, SupportedLanguage.SWEDISH) : Set.of(SupportedLanguage.TIGRINYA)));
        }
        Instant now = clock.instant();
        Instant periodStart = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(DashboardService.WEEKS - 1).atStartOfDay(Zones.STOCKHOLM).toInstant();
        long longAgo = data.meeting(cafe.id(), periodStart.minus(20, ChronoUnit.DAYS));
        long justBefore = data.meeting(cafe.id(), periodStart.minusMillis(1));
        long lastWeek = data.meeting(cafe.id(), now.minus(7, ChronoUnit.DAYS));
        long yesterday = data.meeting(football.id(), now.minus(1, ChronoUnit.DAYS));
        long soon = data.meeting(cafe.id(), now.plus(1, ChronoUnit.HOURS));

        data.present(longAgo, people.get(0), false);
        data.present(justBefore, people.get(1), false);
        data.present(lastWeek, people.get(0), false);
        data.present(lastWeek, people.get(2), false);
        data.present(lastWeek, cafe.leader(), true);
        data.walkIn(lastWeek);
        data.present(yesterday, people.get(3), false);
        data.present(yesterday, people.get(4), false);
        data.noShow(football.id(), yesterday, people.get(5));
        // checked in early for a meeting that starts after now, and at one long before the period
        data.present(soon, people.get(1), false);
        jdbc.sql("insert into attendance_meeting_evaluated (occurrence_id, evaluated_at) values (?, current_timestamp(6))").param(yesterday).update();
        assertSameAsEveryCheckIn(coordinator, SAVSJO, administrator, "check-ins");

        mark(lastWeek, people.get(2), false, false);
        mark(yesterday, people.get(3), false, false);
        assertSameAsEveryCheckIn(coordinator, SAVSJO, administrator, "undone");

        mark(yesterday, people.get(3), true, false);
        mark(lastWeek, people.get(0), true, true);
        mark(justBefore, people.get(1), false, false);
        assertSameAsEveryCheckIn(coordinator, SAVSJO, administrator, "checked in again; a participant was the leader; an early check-in undone");

        jdbc.sql("update occurrence set starts_at = ? where id = ?").params(now.minus(2, ChronoUnit.DAYS), longAgo).update();
        jdbc.sql("update occurrence set starts_at = ? where id = ?").params(periodStart.minus(3, ChronoUnit.DAYS), yesterday).update();
        assertSameAsEveryCheckIn(coordinator, SAVSJO, administrator, "meetings moved into and out of the period");

        long quiet = data.meeting(football.id(), now.minus(3, ChronoUnit.DAYS));
        data.noShow(football.id(), quiet, people.get(2));
        data.noShow(cafe.id(), lastWeek, people.get(5));
        jdbc.sql("insert into attendance_meeting_evaluated (occurrence_id, evaluated_at) values (?, current_timestamp(6))").param(lastWeek).update();
        assertSameAsEveryCheckIn(coordinator, SAVSJO, administrator, "no-shows, one at a meeting nobody came to; a meeting evaluated");

        jdbc.sql("delete from signup where activity_id = ? and account_id = ?").params(cafe.id(), people.get(5)).update();
        jdbc.sql("delete from attendance_meeting_evaluated where occurrence_id = ?").param(lastWeek).update();
        assertSameAsEveryCheckIn(coordinator, SAVSJO, administrator, "a sign-up with a no-show deleted, an evaluation taken back");

        jdbc.sql("update attendance set account_id = null where account_id = ?").param(people.get(4)).update();
        jdbc.sql("update attendance set attendee = concat('x', replace(uuid(), '-', '')), account_id = null where occurrence_id = ?")
                .param(longAgo).update();
        jdbc.sql("delete from occurrence where id = ?").param(lastWeek).update();
        assertSameAsEveryCheckIn(coordinator, SAVSJO, administrator, "an account erased, a meeting made anonymous and one deleted");
    }

    /**
     * The people are read as one row per activity with every person's key in it (PeopleInPeriod.people): keys that are not
     * an account's own, with the separators' characters, digits and characters outside the BMP in them, count as every
     * check-in does, and the small-count rule hides the same rows.
     */
    @Test
    void oddKeysAndSmallRowsCountAsEveryCheckInDoes() {
        long coordinator = coordinatorOf(NASSJO);
        long administrator = accounts.ensureAccount("a-" + UUID.randomUUID() + "@motesplats.test", "Anna", SupportedLanguage.SWEDISH,
                List.of(Roles.ADMINISTRATOR));
        ReportingTestData.Activity choir = data.activity(NASSJO, "Körföreningen", ActivityCategory.MUSIC, TargetGroup.YOUTH);
        ReportingTestData.Activity sewing = data.activity(NASSJO, "Syföreningen", ActivityCategory.CRAFTS, TargetGroup.SENIORS);
        List<Long> people = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            people.add(person(Set.of(SupportedLanguage.SOMALI)));
        }
        Instant now = clock.instant();
        long lastWeek = data.meeting(choir.id(), now.minus(7, ChronoUnit.DAYS));
        long yesterday = data.meeting(sewing.id(), now.minus(1, ChronoUnit.DAYS));
        for (long person : people.subList(0, 4)) {
            data.present(lastWeek, person, false);
        }
        data.walkIn(lastWeek);
        // an erased account's own key at one activity, and the same person still with the account at the other
        String erased = "p" + people.get(4);
        other(lastWeek, erased, null);
        data.present(yesterday, people.get(4), false);
        other(yesterday, "c" + people.get(0) + ".1", null);
        other(lastWeek, "x12:3o4k\uD834\uDD1E:ö", null);
        other(lastWeek, "p0" + people.get(1), people.get(1));
        assertSameAsEveryCheckIn(coordinator, NASSJO, administrator, "odd keys");

        Dashboard nassjo = callAs(coordinator, dashboards::mine, Roles.COORDINATOR);
        Dashboard everyCheckIn = new EveryCheckIn(Set.of(NASSJO)).figures(nassjo);
        assertThat(SmallCounts.hidden(nassjo.byCategory(), Dashboard.Breakdown::participants)).as("something hidden")
                .isNotEmpty()
                .isEqualTo(SmallCounts.hidden(everyCheckIn.byCategory(), Dashboard.Breakdown::participants));
        assertThat(SmallCounts.hidden(nassjo.byOrganisation(), Dashboard.OrganisationBreakdown::participants))
                .isEqualTo(SmallCounts.hidden(everyCheckIn.byOrganisation(), Dashboard.OrganisationBreakdown::participants));
        assertThat(SmallCounts.hidden(nassjo.byLanguage(), Dashboard.LanguageBreakdown::participants))
                .isEqualTo(SmallCounts.hidden(everyCheckIn.byLanguage(), Dashboard.LanguageBreakdown::participants));
    }

    private long coordinatorOf(String municipality) {
        long coordinator = accounts.ensureAccount("c-" + UUID.randomUUID() + "@motesplats.test", "Kerstin", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(municipality)));
        return coordinator;
    }

    private void other(long meeting, String attendee, Long account) {
        jdbc.sql("""
                insert into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                values (?, ?, ?, false, true, current_timestamp(3), 'LEADER')""").params(meeting, attendee, account).update();
    }

    /** A correction as the attendance module writes it: the person's row becomes what their marks add up to. */
    private void mark(long meeting, long person, boolean present, boolean leader) {
        jdbc.sql("""
                insert into attendance (occurrence_id, attendee, account_id) values (?, ?, ?)
                on duplicate key update attendee = attendee""").params(meeting, "p" + person, person).update();
        jdbc.sql("""
                update attendance set present = ?, leader = ?, checked_in_at = if(?, current_timestamp(3), null)
                where occurrence_id = ? and attendee = ?""").params(present, leader, present, meeting, "p" + person).update();
    }

    private long person(Set<SupportedLanguage> languages) {
        long person = accounts.ensureAccount("p-" + UUID.randomUUID() + "@motesplats.test", "Amal", SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
        as(person, () -> profiles.save(new Profile(languages, null, null, Set.of())), Roles.PARTICIPANT);
        return person;
    }

    private void assertSameAsEveryCheckIn(long coordinator, String municipality, long administrator, String after) {
        Dashboard area = callAs(coordinator, dashboards::mine, Roles.COORDINATOR);
        assertThat(area).as(after + ", " + municipality).isEqualTo(new EveryCheckIn(Set.of(municipality)).figures(area));
        assertThat(area.byMunicipality()).as(after + ": something to compare").isNotEmpty();
        Dashboard everything = callAs(administrator, dashboards::mine, Roles.ADMINISTRATOR);
        assertThat(everything).as(after + ", everything").isEqualTo(new EveryCheckIn(Set.of()).figures(everything));
    }

    /** The dashboard's figures about check-ins computed from every check-in in the period; the rest taken from the dashboard. */
    private final class EveryCheckIn {

        private final String inScope;
        private final Map<String, Object> parameters = new HashMap<>();

        EveryCheckIn(Set<String> scope) {
            inScope = scope.isEmpty() ? "true" : "a.municipality_code in (:scope)";
            parameters.put("scope", scope.isEmpty() ? List.of("") : scope);
        }

        Dashboard figures(Dashboard shown) {
            Instant from = shown.from().atStartOfDay(Zones.STOCKHOLM).toInstant();
            parameters.put("from", from);
            parameters.put("until", clock.instant());
            parameters.put("monthStart", shown.to().withDayOfMonth(1).atStartOfDay(Zones.STOCKHOLM).toInstant());
            String joins = " from attendance t join occurrence o on o.id = t.occurrence_id join activity a on a.id = o.activity_id ";
            String inPeriod = " t.present and not t.leader and o.starts_at >= :from and o.starts_at < :until and " + inScope;
            int active = count("select count(distinct t.account_id)" + joins + "where t.account_id is not null and" + inPeriod);
            int newThisMonth = count("select count(*) from (select t.account_id, min(o.starts_at) as first" + joins
                    + "where t.present and not t.leader and t.account_id is not null and " + inScope
                    + " group by t.account_id) f where f.first >= :monthStart and f.first < :until");
            int signedUp = count("select count(*)" + joins + "join attendance_meeting_evaluated e on e.occurrence_id = o.id "
                    + "where t.account_id is not null and" + inPeriod);
            int noShows = count("select count(*) from attendance_no_show n join occurrence o on o.id = n.occurrence_id "
                    + "join activity a on a.id = o.activity_id where o.starts_at >= :from and o.starts_at < :until and " + inScope);
            List<Dashboard.Week> weeks = new ArrayList<>();
            for (Dashboard.Week week : shown.weeks()) {
                Map<String, Object> bounds = Map.of("from", week.monday().atStartOfDay(Zones.STOCKHOLM).toInstant(), "until",
                        week.monday().plusWeeks(1).atStartOfDay(Zones.STOCKHOLM).toInstant(), "scope", parameters.get("scope"));
                String inWeek = " o.starts_at >= :from and o.starts_at < :until and " + inScope;
                weeks.add(new Dashboard.Week(week.monday(),
                        jdbc.sql("select count(distinct o.id)" + joins + "where t.present and" + inWeek).params(bounds).query(Integer.class).single(),
                        jdbc.sql("select count(*)" + joins + "where t.present and not t.leader and" + inWeek).params(bounds).query(Integer.class)
                                .single(),
                        jdbc.sql("select count(*) from attendance_no_show n join occurrence o on o.id = n.occurrence_id "
                                + "join activity a on a.id = o.activity_id where" + inWeek).params(bounds).query(Integer.class).single()));
            }
            String presence = "count(distinct t.attendee) as participants, count(*) as check_ins, count(distinct o.id) as meetings";
            List<Dashboard.OrganisationBreakdown> byOrganisation = jdbc.sql("select a.organisation_id, g.name, " + presence + joins
                            + "join organisation g on g.id = a.organisation_id where" + inPeriod
                            + " group by a.organisation_id, g.name order by participants desc, g.name, a.organisation_id")
                    .params(parameters).query((row, number) -> new Dashboard.OrganisationBreakdown(row.getLong(1), row.getString(2),
                            row.getInt(3), row.getInt(4), row.getInt(5))).list();
            String languages = Arrays.stream(SupportedLanguage.values()).map(language -> "select '" + language.tag() + "' as tag union all ")
                    .collect(Collectors.joining()) + "select '' as tag";
            List<Dashboard.LanguageBreakdown> byLanguage = jdbc.sql("select l.tag, sum(if(x.account_id is null, x.others, 1)) as participants "
                            + "from (select t.account_id, count(distinct case when t.account_id is null then t.attendee end) as others" + joins
                            + "where" + inPeriod + " group by t.account_id) x left join person_profile p on p.account_id = x.account_id "
                            + "join (" + languages + ") l on (l.tag = '' and coalesce(p.languages, '') = '') or find_in_set(l.tag, p.languages) > 0 "
                            + "group by l.tag order by l.tag = '', participants desc, l.tag")
                    .params(parameters).query((row, number) -> new Dashboard.LanguageBreakdown(row.getString(1), row.getInt(2))).list();
            return new Dashboard(shown.from(), shown.to(), shown.activitiesRunning(), active, newThisMonth,
                    DashboardService.percent(signedUp, signedUp + noShows), DashboardService.percent(noShows, signedUp + noShows),
                    shown.occupancy(), shown.waiting(), shown.matchingQueue(), shown.medianWaitDays(), shown.volunteersActive(),
                    shown.volunteersAwaitingVetting(), weeks, breakdown("a.municipality_code", joins, inPeriod, presence),
                    breakdown("a.category", joins, inPeriod, presence), breakdown("a.target_group", joins, inPeriod, presence), byOrganisation,
                    byLanguage);
        }

        private List<Dashboard.Breakdown> breakdown(String column, String joins, String inPeriod, String presence) {
            return jdbc.sql("select " + column + ", " + presence + joins + "where" + inPeriod + " group by " + column
                            + " order by participants desc, " + column)
                    .params(parameters).query((row, number) -> new Dashboard.Breakdown(row.getString(1), row.getInt(2), row.getInt(3),
                            row.getInt(4))).list();
        }

        private int count(String sql) {
            return jdbc.sql(sql).params(parameters).query(Integer.class).single();
        }
    }
}
