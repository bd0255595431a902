package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

@RecordApplicationEvents
class ActivityModuleTest extends ModuleTestBase {

    private static final String LUND = "1281";
    private static final String KIRUNA = "2584";

    @Autowired ActivityService activities;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;
    @Autowired NextMeetings nextMeetings;
    @Autowired MeetingHorizon meetingHorizon;

    private long organisationId;
    private long member;
    private long coordinator;
    private long farAwayCoordinator;
    private long stranger;
    private String unique;

    @BeforeEach
    void anAssociationInLundWithAMemberAndCoordinators() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        member = accounts.ensureAccount("member-" + unique + "@motesplats.test", "Mona", SupportedLanguage.SWEDISH, List.of(Roles.ORGANISATION_MEMBER));
        coordinator = accounts.ensureAccount("coord-" + unique + "@motesplats.test", "Cilla", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        farAwayCoordinator = accounts.ensureAccount("far-" + unique + "@motesplats.test", "Nils", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        stranger = accounts.ensureAccount("stranger-" + unique + "@motesplats.test", "Sten", SupportedLanguage.SWEDISH, List.of(Roles.ORGANISATION_MEMBER));
        AtomicLong id = new AtomicLong();
        SystemActor.runAsAdministrator(() -> {
            id.set(organisations.add("Språkvännerna " + unique, OrganisationKind.CULTURAL_ASSOCIATION, LUND).id());
            organisations.addMember(id.get(), member, OrganisationRole.LEADER);
            areas.setScope(coordinator, List.of(LUND));
            areas.setScope(farAwayCoordinator, List.of(KIRUNA));
        });
        organisationId = id.get();
    }

    private ActivityDraft cafe(String title, SwedishLevel level) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        return new ActivityDraft(organisationId, SupportedLanguage.SWEDISH,
                Map.of(SupportedLanguage.SWEDISH, new ActivityText(title, "Fika och samtal"),
                        SupportedLanguage.ARABIC, new ActivityText("مقهى " + unique, "قهوة وحديث")),
                ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE, level, Set.of(SupportedLanguage.ARABIC),
                new Venue(LUND, "Stadsbiblioteket", "Sankt Petri kyrkogata 6", null, null, true, true), 0, false, true, null, AgeRange.ANY,
                new ActivityPlan(true, false, true, "Svenska i vardagen", 10, "NAD"),
                Schedule.weekly(today.minusWeeks(2), LocalTime.of(18, 0), 120, today.plusDays(1).getDayOfWeek(), today.plusWeeks(8)));
    }

    private long postedAndSubmitted(String title) {
        AtomicLong id = new AtomicLong();
        as(member, () -> {
            id.set(activities.createDraft(cafe(title, SwedishLevel.NONE)));
            activities.submit(id.get());
        }, Roles.ORGANISATION_MEMBER);
        return id.get();
    }

    @Test
    void aMemberPostsACoordinatorApprovesAndAfterVerificationItIsListed() {
        long id = postedAndSubmitted("Språkkafé " + unique);

        as(farAwayCoordinator, () -> assertThatThrownBy(() -> activities.approve(id)).isInstanceOf(AccessDeniedException.class),
                Roles.COORDINATOR);
        as(member, () -> assertThatThrownBy(() -> activities.approve(id)).isInstanceOf(AccessDeniedException.class),
                Roles.ORGANISATION_MEMBER);
        as(coordinator, () -> {
            assertThat(activities.awaitingApproval()).extracting(ActivitySummary::id).contains(id);
            activities.approve(id);
        }, Roles.COORDINATOR);

        as(member, () -> assertThatThrownBy(() -> activities.publish(id)).isInstanceOf(RuleViolation.class)
                .hasMessage("activity.error.not-verified"), Roles.ORGANISATION_MEMBER);
        as(coordinator, () -> organisations.verify(organisationId), Roles.COORDINATOR);
        as(member, () -> activities.publish(id), Roles.ORGANISATION_MEMBER);
        assertThat(events.stream(ActivityEvents.ActivityPublished.class)).contains(new ActivityEvents.ActivityPublished(id));

        List<ActivityCard> arabic = activities.findPublished(
                new ActivityFilter(ActivityCategory.LANGUAGE_CAFE, LUND,
                        Set.of(ActivityFilter.Flag.NO_SWEDISH, ActivityFilter.Flag.FREE, ActivityFilter.Flag.STEP_FREE), unique),
                SupportedLanguage.ARABIC, 0, 20);
        assertThat(arabic).singleElement().satisfies(card -> {
            assertThat(card.title()).isEqualTo("مقهى " + unique);
            assertThat(card.titleLanguage()).isEqualTo(SupportedLanguage.ARABIC);
            assertThat(card.noSwedishNeeded()).isTrue();
            assertThat(card.nextStart()).isAfter(clock.instant());
        });
        DayOfWeek meetingDay = arabic.getFirst().nextStart().atZone(Zones.STOCKHOLM).getDayOfWeek();
        ActivityFilter byText = new ActivityFilter(null, null, Set.of(), unique);
        assertThat(activities.findPublished(byText.when(meetingDay, TimeOfDay.EVENING), SupportedLanguage.SWEDISH, 0, 20))
                .as("an 18:00 café is an evening activity on its weekday").hasSize(1);
        assertThat(activities.findPublished(byText.when(meetingDay.plus(1), null), SupportedLanguage.SWEDISH, 0, 20)).isEmpty();
        assertThat(activities.findPublished(byText.when(null, TimeOfDay.MORNING), SupportedLanguage.SWEDISH, 0, 20)).isEmpty();
        assertThat(activities.findPublished(new ActivityFilter(null, null, Set.of(), unique),
                SupportedLanguage.TIGRINYA, 0, 20))
                .singleElement().satisfies(card -> assertThat(card.titleLanguage()).isEqualTo(SupportedLanguage.SWEDISH));
    }

    @Test
    void strangersCannotPostForAnOrganisationNorSeeItsDrafts() {
        long id = postedAndSubmitted("Hemligt utkast " + unique);
        as(stranger, () -> {
            assertThatThrownBy(() -> activities.createDraft(cafe("Intrång", SwedishLevel.NONE))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> activities.update(id, cafe("Intrång", SwedishLevel.NONE))).isInstanceOf(AccessDeniedException.class);
            assertThat(activities.detail(id, SupportedLanguage.SWEDISH)).isEmpty();
        }, Roles.ORGANISATION_MEMBER);
        assertThat(activities.detail(id, SupportedLanguage.SWEDISH)).as("anonymous").isEmpty();
        as(member, () -> assertThat(activities.detail(id, SupportedLanguage.SWEDISH)).isPresent(), Roles.ORGANISATION_MEMBER);
    }

    @Test
    void aReturnedActivityCarriesTheCoordinatorsComment() {
        long id = postedAndSubmitted("Att ändra " + unique);
        as(coordinator, () -> activities.returnToOrganiser(id, "Skriv vilken ingång"), Roles.COORDINATOR);
        as(member, () -> assertThat(activities.mine()).filteredOn(summary -> summary.id() == id).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.status()).isEqualTo(ActivityStatus.RETURNED);
                    assertThat(summary.returnComment()).isEqualTo("Skriv vilken ingång");
                }), Roles.ORGANISATION_MEMBER);
    }

    private List<OccurrenceView> meetings(long activityId) {
        List<List<OccurrenceView>> found = new java.util.ArrayList<>();
        as(member, () -> found.add(activities.detail(activityId, SupportedLanguage.SWEDISH).orElseThrow().comingMeetings()),
                Roles.ORGANISATION_MEMBER);
        return found.getFirst();
    }

    @Test
    void meetingsFollowTheScheduleAndHandMadeChangesSurviveAnEdit() {
        AtomicLong id = new AtomicLong();
        as(member, () -> id.set(activities.createDraft(cafe("Schema " + unique, SwedishLevel.NONE))), Roles.ORGANISATION_MEMBER);
        List<OccurrenceView> before = meetings(id.get());
        assertThat(before).hasSizeGreaterThanOrEqualTo(8);
        OccurrenceView first = before.getFirst();
        OccurrenceView second = before.get(1);
        as(member, () -> {
            activities.cancelOccurrence(first.id());
            activities.moveOccurrence(second.id(), second.startsAt().plus(Duration.ofHours(1)));
            ActivityDraft later = cafe("Schema " + unique, SwedishLevel.NONE);
            activities.update(id.get(), new ActivityDraft(later.organisationId(), later.sourceLanguage(), later.texts(),
                    later.category(), later.targetGroup(), later.swedishLevel(), later.leaderLanguages(), later.venue(),
                    later.costSek(), later.childcare(), later.dropIn(), later.capacity(), later.ages(), later.plan(),
                    new Schedule(later.schedule().firstDate(), LocalTime.of(17, 0), 120, Frequency.WEEKLY,
                            later.schedule().weekdays(), later.schedule().untilDate(), Set.of())));
        }, Roles.ORGANISATION_MEMBER);
        List<OccurrenceView> after = meetings(id.get());
        assertThat(after).anySatisfy(o -> assertThat(o.id()).isEqualTo(first.id()));
        assertThat(after.stream().filter(o -> o.id() == first.id()).findFirst().orElseThrow().cancelled()).isTrue();
        assertThat(after).anySatisfy(o -> assertThat(o.startsAt()).isEqualTo(second.startsAt().plus(Duration.ofHours(1))));
        assertThat(events.stream(ActivityEvents.OccurrenceCancelled.class)).anyMatch(e -> e.occurrenceId() == first.id());
    }

    @Test
    void theListingMovesOnToTheNextMeetingAsTimePasses() {
        long id = postedAndSubmitted("Tiden går " + unique);
        as(coordinator, () -> {
            activities.approve(id);
            organisations.verify(organisationId);
            activities.publish(id);
        }, Roles.COORDINATOR);
        ActivityFilter mine = new ActivityFilter(null, null, Set.of(), "Tiden går " + unique);
        java.time.Instant first = activities.findPublished(mine, SupportedLanguage.SWEDISH, 0, 1).getFirst().nextStart();

        clock.advance(Duration.between(clock.instant(), first).plusMinutes(1));
        assertThat(activities.findPublished(mine, SupportedLanguage.SWEDISH, 0, 1)).as("a begun meeting is not 'next'").isEmpty();
        nextMeetings.refreshPassed();
        assertThat(activities.findPublished(mine, SupportedLanguage.SWEDISH, 0, 1)).singleElement()
                .satisfies(card -> assertThat(card.nextStart()).isEqualTo(first.plus(Duration.ofDays(7))));
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void theFeedsAreReadByStandardParsers() throws Exception {
        long id = postedAndSubmitted("Flöde " + unique);
        as(coordinator, () -> {
            activities.approve(id);
            organisations.verify(organisationId);
            activities.publish(id);
        }, Roles.COORDINATOR);
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, String> get = path -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        var calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(get.apply("/ical/activities/" + id + ".ics?lang=ar")));
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).isNotEmpty().allSatisfy(event ->
                assertThat(event.getSummary().getValue()).isEqualTo("مقهى " + unique));
        var organisationCalendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(get.apply("/ical/organisations/" + organisationId + ".ics")));
        assertThat(organisationCalendar.getComponents("VEVENT")).hasSameSizeAs(events);

        var json = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(get.apply("/api/public/activities?lang=ar&no-swedish&q=" + unique));
        assertThat(json.get("activities")).hasSize(1);
        assertThat(json.get("activities").get(0).get("title").asString()).isEqualTo("مقهى " + unique);
        assertThat(json.get("hasMore").asBoolean()).isFalse();

        long draft = postedAndSubmitted("Ej publicerad " + unique);
        assertThat(get.apply("/ical/activities/" + draft + ".ics")).as("unpublished activities are not open data").isEmpty();
    }

    @Test
    void aWeeklyActivityNeverRunsOutOfMeetings() {
        AtomicLong id = new AtomicLong();
        ActivityDraft endless = cafe("Utan slut " + unique, SwedishLevel.NONE);
        as(member, () -> id.set(activities.createDraft(new ActivityDraft(endless.organisationId(), endless.sourceLanguage(),
                endless.texts(), endless.category(), endless.targetGroup(), endless.swedishLevel(), endless.leaderLanguages(),
                endless.venue(), endless.costSek(), endless.childcare(), endless.dropIn(), endless.capacity(), endless.ages(), endless.plan(),
                Schedule.weekly(endless.schedule().firstDate(), LocalTime.of(18, 0), 120,
                        endless.schedule().weekdays().iterator().next(), null)))), Roles.ORGANISATION_MEMBER);
        as(member, () -> activities.submit(id.get()), Roles.ORGANISATION_MEMBER);
        as(coordinator, () -> activities.approve(id.get()), Roles.COORDINATOR);
        java.time.Instant lastBefore = meetings(id.get()).getLast().startsAt();

        clock.advance(Duration.ofDays(10 * 7));
        meetingHorizon.extend();
        meetingHorizon.extend();
        List<OccurrenceView> after = meetings(id.get());
        assertThat(after.getLast().startsAt()).isAfter(lastBefore.plus(Duration.ofDays(9 * 7)));
        assertThat(after.stream().map(OccurrenceView::startsAt).distinct().count()).as("nothing generated twice").isEqualTo(after.size());
    }
}
