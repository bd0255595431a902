package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.activity.TargetGroup;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.people.Profile;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

/** Every dashboard query against the real schema, and the scope: a coordinator elsewhere sees none of it. */
class DashboardModuleTest extends ModuleTestBase {

    static final String JONKOPING = ReportingTestData.JONKOPING;
    static final String VAXJO = ReportingTestData.VAXJO;

    @Autowired DashboardService dashboards;
    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired se.motesplats.people.ProfileService profiles;
    @Autowired ReportingTestData data;

    private long coordinator(String municipality) {
        long coordinator = accounts.ensureAccount("c-" + UUID.randomUUID() + "@motesplats.test", "Kerstin", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(municipality)));
        return coordinator;
    }

    private long person() {
        return accounts.ensureAccount("p-" + UUID.randomUUID() + "@motesplats.test", "Amal", SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
    }

    @Test
    void aMeetingsCheckInsAndNoShowsShowUpForTheCoordinatorOfItsMunicipalityOnly() {
        PublishedActivities.Published cafe = published.weekly("Språkkafé", null, true);
        OccurrenceView meeting = activities.signupTerms(cafe.activityId()).orElseThrow().comingMeetings().getFirst();
        List<Long> came = List.of(person(), person(), person());
        for (long person : came) {
            jdbc.sql("""
                    insert into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                    values (?, ?, ?, false, true, current_timestamp(3), 'QR')""").params(meeting.id(), "p" + person, person).update();
        }
        clock.advance(Duration.between(clock.instant(), LocalDate.ofInstant(meeting.startsAt(), Zones.STOCKHOLM).plusDays(1)
                .atStartOfDay(Zones.STOCKHOLM).plusHours(1).toInstant()));
        long lund = coordinator(PublishedActivities.LUND);
        long kristianstad = coordinator("1290");

        Dashboard before = callAs(lund, dashboards::mine, Roles.COORDINATOR);
        assertThat(before.activitiesRunning()).isPositive();
        assertThat(before.activeParticipants()).isGreaterThanOrEqualTo(3);
        assertThat(before.weeks()).hasSize(DashboardService.WEEKS);
        assertThat(before.weeks().getLast().present() + before.weeks().get(DashboardService.WEEKS - 2).present())
                .as("this week or last").isGreaterThanOrEqualTo(3);
        assertThat(before.byMunicipality()).anySatisfy(row -> {
            assertThat(row.key()).isEqualTo(PublishedActivities.LUND);
            assertThat(row.participants()).isGreaterThanOrEqualTo(3);
        });
        assertThat(before.byCategory()).extracting(Dashboard.Breakdown::key).contains("LANGUAGE_CAFE");

        Dashboard elsewhere = callAs(kristianstad, dashboards::mine, Roles.COORDINATOR);
        assertThat(elsewhere.byMunicipality()).extracting(Dashboard.Breakdown::key).doesNotContain(PublishedActivities.LUND);
        assertThat(elsewhere.activeParticipants()).as("nothing in Kristianstad").isZero();

        long participant = person();
        assertThatThrownBy(() -> callAs(participant, dashboards::mine, Roles.PARTICIPANT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void peopleWhoWantASportOrSpeakTigrinyaWhereNothingLikeItRunsAreAGap() {
        String gotland = "0980";
        for (int n = 0; n < 2; n++) {
            long person = person();
            as(person, () -> profiles.save(new se.motesplats.people.Profile(java.util.Set.of(SupportedLanguage.TIGRINYA, SupportedLanguage.SWEDISH),
                    null, gotland, java.util.Set.of(se.motesplats.activity.ActivityCategory.SPORT))), Roles.PARTICIPANT);
        }
        UnmetDemand demand = callAs(coordinator(gotland), dashboards::unmetDemand, Roles.COORDINATOR);
        assertThat(demand.categories()).contains(new UnmetDemand.CategoryGap(gotland, "SPORT", 2, 0, 0));
        assertThat(demand.languages()).contains(new UnmetDemand.LanguageGap(gotland, "ti", 2));
        assertThat(demand.languages()).extracting(UnmetDemand.LanguageGap::language).as("Swedish is never a gap").doesNotContain("sv");
        assertThat(demand.areas()).as("Gotland on the map at its seat, Visby, whether or not an activity there has a place").singleElement().satisfies(area -> {
            assertThat(area.municipalityCode()).isEqualTo(gotland);
            assertThat(List.of(area.latitude(), area.longitude())).containsExactly(57.635, 18.295);
        });

        UnmetDemand lund = callAs(coordinator(PublishedActivities.LUND), dashboards::unmetDemand, Roles.COORDINATOR);
        assertThat(lund.categories()).extracting(UnmetDemand.CategoryGap::municipalityCode).doesNotContain(gotland);
        assertThat(lund.languages()).extracting(UnmetDemand.LanguageGap::municipalityCode).doesNotContain(gotland);
    }

    /**
     * The figures of people nobody else has seen, added to what the coordinator of Jönköping saw
     * before (other tests may have check-ins there too): per target group, association and the
     * languages of their profiles, and as before per municipality and kind of activity.
     */
    @Test
    void peopleArePerTargetGroupAssociationAndTheLanguagesOfTheirProfiles() {
        long coordinator = coordinator(JONKOPING);
        Dashboard before = callAs(coordinator, dashboards::mine, Roles.COORDINATOR);
        ReportingTestData.Activity football = data.activity(JONKOPING, "Fotbollsföreningen", ActivityCategory.SPORT, TargetGroup.WOMEN);
        ReportingTestData.Activity homework = data.activity(JONKOPING, "Läxföreningen", ActivityCategory.HOMEWORK_HELP, TargetGroup.YOUTH);
        long arabicAndSwedish = person(Set.of(SupportedLanguage.ARABIC, SupportedLanguage.SWEDISH));
        long tigrinya = person(Set.of(SupportedLanguage.TIGRINYA));
        long noProfile = person();
        Instant now = clock.instant();
        long footballLastWeek = data.meeting(football.id(), now.minus(8, ChronoUnit.DAYS));
        long footballYesterday = data.meeting(football.id(), now.minus(1, ChronoUnit.DAYS));
        long homeworkYesterday = data.meeting(homework.id(), now.minus(1, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS));
        long longAgo = data.meeting(football.id(), now.minus(7 * (DashboardService.WEEKS + 2), ChronoUnit.DAYS));
        data.present(footballLastWeek, arabicAndSwedish, false);
        data.present(footballLastWeek, tigrinya, false);
        data.present(footballLastWeek, football.leader(), true);
        data.present(footballYesterday, arabicAndSwedish, false);
        data.notPresent(footballYesterday, noProfile);
        data.present(homeworkYesterday, tigrinya, false);
        data.present(homeworkYesterday, noProfile, false);
        data.walkIn(homeworkYesterday);
        data.walkIn(homeworkYesterday);
        data.present(longAgo, noProfile, false);

        Dashboard jonkoping = callAs(coordinator, dashboards::mine, Roles.COORDINATOR);
        assertThat(jonkoping.byOrganisation()).as("the associations' own rows").contains(
                new Dashboard.OrganisationBreakdown(homework.organisationId(), homework.organisationName(), 4, 4, 1),
                new Dashboard.OrganisationBreakdown(football.organisationId(), football.organisationName(), 2, 3, 2));
        assertThat(figures(jonkoping.byTargetGroup())).isEqualTo(plus(figures(before.byTargetGroup()), Map.of(
                "YOUTH", List.of(4, 4, 1), "WOMEN", List.of(2, 3, 2))));
        assertThat(languages(jonkoping.byLanguage())).as("two languages count twice; no language, companions and walk-ins under \"\"")
                .isEqualTo(plus(languages(before.byLanguage()), Map.of("ar", List.of(1), "sv", List.of(1), "ti", List.of(1),
                        "", List.of(3))));
        assertThat(figures(jonkoping.byMunicipality())).isEqualTo(plus(figures(before.byMunicipality()), Map.of(JONKOPING, List.of(5, 7, 3))));
        assertThat(figures(jonkoping.byCategory())).isEqualTo(plus(figures(before.byCategory()), Map.of(
                "HOMEWORK_HELP", List.of(4, 4, 1), "SPORT", List.of(2, 3, 2))));
        for (List<Dashboard.Breakdown> breakdown : List.of(jonkoping.byTargetGroup(), jonkoping.byMunicipality(), jonkoping.byCategory())) {
            assertThat(breakdown).extracting(Dashboard.Breakdown::participants).as("biggest first").isSortedAccordingTo(Comparator.reverseOrder());
        }
        assertThat(jonkoping.byOrganisation()).extracting(Dashboard.OrganisationBreakdown::participants)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(jonkoping.byLanguage().getLast().language()).as("no language last").isEmpty();
        assertThat(jonkoping.byLanguage().subList(0, jonkoping.byLanguage().size() - 1))
                .extracting(Dashboard.LanguageBreakdown::participants).isSortedAccordingTo(Comparator.reverseOrder());

        Dashboard vaxjo = callAs(coordinator(VAXJO), dashboards::mine, Roles.COORDINATOR);
        assertThat(vaxjo.byOrganisation()).extracting(Dashboard.OrganisationBreakdown::organisationId)
                .doesNotContain(football.organisationId(), homework.organisationId());
        assertThat(vaxjo.byMunicipality()).extracting(Dashboard.Breakdown::key).doesNotContain(JONKOPING);
        Dashboard everything = callAs(person(), dashboards::mine, Roles.ADMINISTRATOR);
        assertThat(everything.byOrganisation()).extracting(Dashboard.OrganisationBreakdown::organisationId)
                .contains(football.organisationId(), homework.organisationId());
        assertThat(everything.byTargetGroup()).extracting(Dashboard.Breakdown::key).contains("WOMEN", "YOUTH");
    }

    @Test
    void coordinatorsOfTheSameAreasShareTheFiguresForAMinute() {
        String norrkoping = "0581";
        long one = coordinator(norrkoping);
        long other = coordinator(norrkoping);
        ReportingTestData.Activity choir = data.activity(norrkoping, "Körföreningen", ActivityCategory.MUSIC, TargetGroup.EVERYONE);
        long yesterday = data.meeting(choir.id(), clock.instant().minus(1, ChronoUnit.DAYS));
        data.present(yesterday, person(), false);
        Dashboard first = callAs(one, dashboards::mineShared, Roles.COORDINATOR);
        assertThat(first.activeParticipants()).isEqualTo(1);

        data.present(yesterday, person(), false);
        assertThat(callAs(other, dashboards::mineShared, Roles.COORDINATOR)).as("the other coordinator, within the minute").isSameAs(first);
        assertThat(callAs(other, dashboards::mine, Roles.COORDINATOR).activeParticipants()).as("as it is now").isEqualTo(2);
        assertThat(callAs(person(), dashboards::mineShared, Roles.ADMINISTRATOR)).as("another scope").isNotSameAs(first);

        clock.advance(DashboardService.SHARED_FOR.plusSeconds(1));
        assertThat(callAs(one, dashboards::mineShared, Roles.COORDINATOR).activeParticipants()).as("a minute later").isEqualTo(2);
    }

    private static Map<String, List<Integer>> figures(List<Dashboard.Breakdown> rows) {
        Map<String, List<Integer>> figures = new HashMap<>();
        rows.forEach(row -> figures.put(row.key(), List.of(row.participants(), row.checkIns(), row.meetings())));
        return figures;
    }

    private static Map<String, List<Integer>> languages(List<Dashboard.LanguageBreakdown> rows) {
        Map<String, List<Integer>> figures = new HashMap<>();
        rows.forEach(row -> figures.put(row.language(), List.of(row.participants())));
        return figures;
    }

    /** Figures per key with new people's added (they are nobody else's, so even the numbers of different people add up). */
    private static Map<String, List<Integer>> plus(Map<String, List<Integer>> before, Map<String, List<Integer>> added) {
        Map<String, List<Integer>> sum = new HashMap<>(before);
        added.forEach((key, figures) -> sum.merge(key, figures, (one, other) -> java.util.stream.IntStream.range(0, one.size())
                .mapToObj(index -> one.get(index) + other.get(index)).toList()));
        return sum;
    }

    /**
     * The trend's two grouped queries give what the earlier three queries per week gave, here on
     * meetings at the weeks' edges (Monday midnight in Stockholm, and a millisecond before), at a
     * meeting later this week that people were checked in to early, with leaders, undone check-ins
     * and no-shows; and the month's new participants (first checked in this month) from the same meetings.
     */
    @Test
    void theWeeklyTrendAndNewParticipantsAreWhatTheyWereWeekByWeek() {
        long vaxjo = coordinator(VAXJO);
        Dashboard before = callAs(vaxjo, dashboards::mine, Roles.COORDINATOR);
        ReportingTestData.Activity cafe = data.activity(VAXJO, "Kaféföreningen", ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE);
        List<Instant> bounds = weekBounds();
        Instant now = clock.instant();
        Instant recent = now.minus(1, ChronoUnit.HOURS);
        Instant laterThisWeek = now.plus(1, ChronoUnit.HOURS).isBefore(bounds.getLast()) ? now.plus(1, ChronoUnit.HOURS)
                : bounds.getLast().minusMillis(1);
        long[] people = new long[8];
        for (int i = 0; i < people.length; i++) {
            people[i] = person();
        }
        List<Held> held = List.of(
                held(cafe, bounds.getFirst().minusMillis(1), List.of(people[0], people[1]), List.of(), List.of(), List.of()),
                held(cafe, bounds.getFirst(), List.of(people[0]), List.of(cafe.leader()), List.of(), List.of()),
                held(cafe, bounds.get(1).minusMillis(1), List.of(people[1], people[2]), List.of(), List.of(), List.of(people[3])),
                held(cafe, bounds.get(1).plus(18, ChronoUnit.HOURS), List.of(people[0], people[2], people[3]), List.of(cafe.leader()),
                        List.of(), List.of()),
                held(cafe, bounds.get(3).plus(3, ChronoUnit.DAYS), List.of(), List.of(cafe.leader()), List.of(), List.of()),
                held(cafe, bounds.get(5).plus(2, ChronoUnit.DAYS), List.of(people[4]), List.of(people[6]), List.of(people[5]),
                        List.of(people[0], people[1])),
                held(cafe, recent, List.of(people[5], people[6], people[7], people[2]), List.of(cafe.leader()), List.of(), List.of()),
                held(cafe, laterThisWeek, List.of(people[4]), List.of(), List.of(), List.of()),
                held(cafe, bounds.getLast(), List.of(people[1]), List.of(), List.of(), List.of()));

        Dashboard dashboard = callAs(vaxjo, dashboards::mine, Roles.COORDINATOR);
        assertThat(dashboard.weeks()).as("what was there before and what was held").isEqualTo(plus(before.weeks(), expectedWeeks(held, bounds)));
        assertThat(dashboard.weeks()).as("as week by week").isEqualTo(weekByWeek(Set.of(VAXJO)));
        assertThat(dashboard.newThisMonth()).as("the new people who came").isEqualTo(before.newThisMonth() + expectedNewThisMonth(held));

        Dashboard jonkoping = callAs(coordinator(JONKOPING), dashboards::mine, Roles.COORDINATOR);
        assertThat(jonkoping.weeks()).isEqualTo(weekByWeek(Set.of(JONKOPING)));
    }

    // ---------------------------------------------------------------------------------------------
    // what was held, and the figures as the earlier queries computed them

    /** A meeting with the people checked in (participants and leaders), check-ins undone, and no-shows. */
    private record Held(Instant startsAt, List<Long> present, List<Long> leaders, List<Long> undone, List<Long> noShows) {
    }

    private Held held(ReportingTestData.Activity activity, Instant startsAt, List<Long> present, List<Long> leaders, List<Long> undone, List<Long> noShows) {
        long meeting = data.meeting(activity.id(), startsAt);
        present.forEach(person -> data.present(meeting, person, false));
        leaders.forEach(person -> data.present(meeting, person, true));
        undone.forEach(person -> data.notPresent(meeting, person));
        noShows.forEach(person -> data.noShow(activity.id(), meeting, person));
        return new Held(startsAt, present, leaders, undone, noShows);
    }

    /** Mondays at midnight in Stockholm from the first week of the trend to the end of this week. */
    private List<Instant> weekBounds() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(DashboardService.WEEKS - 1);
        List<Instant> bounds = new ArrayList<>();
        for (int week = 0; week <= DashboardService.WEEKS; week++) {
            bounds.add(firstMonday.plusWeeks(week).atStartOfDay(Zones.STOCKHOLM).toInstant());
        }
        return bounds;
    }

    private List<Dashboard.Week> expectedWeeks(List<Held> held, List<Instant> bounds) {
        List<Dashboard.Week> weeks = new ArrayList<>();
        for (int week = 0; week < DashboardService.WEEKS; week++) {
            Instant from = bounds.get(week);
            Instant until = bounds.get(week + 1);
            List<Held> inWeek = held.stream().filter(meeting -> !meeting.startsAt().isBefore(from) && meeting.startsAt().isBefore(until)).toList();
            weeks.add(new Dashboard.Week(LocalDate.ofInstant(from, Zones.STOCKHOLM),
                    (int) inWeek.stream().filter(meeting -> !meeting.present().isEmpty() || !meeting.leaders().isEmpty()).count(),
                    inWeek.stream().mapToInt(meeting -> meeting.present().size()).sum(),
                    inWeek.stream().mapToInt(meeting -> meeting.noShows().size()).sum()));
        }
        return weeks;
    }

    private static List<Dashboard.Week> plus(List<Dashboard.Week> before, List<Dashboard.Week> added) {
        return java.util.stream.IntStream.range(0, before.size()).mapToObj(week -> new Dashboard.Week(before.get(week).monday(),
                before.get(week).meetings() + added.get(week).meetings(), before.get(week).present() + added.get(week).present(),
                before.get(week).noShows() + added.get(week).noShows())).toList();
    }

    private int expectedNewThisMonth(List<Held> held) {
        Instant monthStart = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).withDayOfMonth(1).atStartOfDay(Zones.STOCKHOLM).toInstant();
        Map<Long, Instant> first = new HashMap<>();
        held.forEach(meeting -> meeting.present().forEach(person -> first.merge(person, meeting.startsAt(),
                (one, other) -> one.isBefore(other) ? one : other)));
        return (int) first.values().stream().filter(at -> !at.isBefore(monthStart) && at.isBefore(clock.instant())).count();
    }

    /** The trend as it was computed before: three queries for each of the eight weeks. */
    private List<Dashboard.Week> weekByWeek(Set<String> scope) {
        List<Instant> bounds = weekBounds();
        List<Dashboard.Week> weeks = new ArrayList<>();
        for (int week = 0; week < DashboardService.WEEKS; week++) {
            Map<String, Object> parameters = Map.of("from", bounds.get(week), "until", bounds.get(week + 1), "scope", scope);
            String inScope = "a.municipality_code in (:scope)";
            int meetings = jdbc.sql("""
                    select count(distinct o.id) from attendance t join occurrence o on o.id = t.occurrence_id
                    join activity a on a.id = o.activity_id where t.present and o.starts_at >= :from and o.starts_at < :until""" + " and " + inScope)
                    .params(parameters).query(Integer.class).single();
            int present = jdbc.sql("""
                    select count(*) from attendance t join occurrence o on o.id = t.occurrence_id join activity a on a.id = o.activity_id
                    where t.present and not t.leader and o.starts_at >= :from and o.starts_at < :until""" + " and " + inScope)
                    .params(parameters).query(Integer.class).single();
            int noShows = jdbc.sql("""
                    select count(*) from attendance_no_show n join occurrence o on o.id = n.occurrence_id
                    join activity a on a.id = o.activity_id where o.starts_at >= :from and o.starts_at < :until""" + " and " + inScope)
                    .params(parameters).query(Integer.class).single();
            weeks.add(new Dashboard.Week(LocalDate.ofInstant(bounds.get(week), Zones.STOCKHOLM), meetings, present, noShows));
        }
        return weeks;
    }

    private long person(Collection<SupportedLanguage> languages) {
        long person = person();
        as(person, () -> profiles.save(new Profile(Set.copyOf(languages), null, null, Set.of())), Roles.PARTICIPANT);
        return person;
    }
}
