package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/** "Near me", closest first, distances on cards, and the filters for whom an activity is, on the real listing query. */
class NearbyActivitiesModuleTest extends ModuleTestBase {

    private static final String KALIX = "2514";
    /** Kalix church; the visitor stands about 100 m from it. */
    private static final Position VISITOR = new Position(65.855, 23.143);

    @Autowired ActivityService activities;
    @Autowired OrganisationService organisations;
    @Autowired TestClock clock;

    private String unique;
    private long organisationId;

    @BeforeEach
    void anAssociationInKalix() {
        unique = "närhet" + UUID.randomUUID().toString().substring(0, 8);
        AtomicLong id = new AtomicLong();
        SystemActor.runAsAdministrator(() -> {
            id.set(organisations.add("Kalixföreningen " + unique, OrganisationKind.CULTURAL_ASSOCIATION, KALIX).id());
            organisations.verify(id.get());
        });
        organisationId = id.get();
    }

    private long published(String title, @Nullable Position pin, TargetGroup group, SwedishLevel level, Set<SupportedLanguage> leadersSpeak) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1);
        ActivityDraft draft = new ActivityDraft(organisationId, SupportedLanguage.SWEDISH,
                Map.of(SupportedLanguage.SWEDISH, new ActivityText(title + " " + unique, "Fika")),
                ActivityCategory.LANGUAGE_CAFE, group, level, leadersSpeak,
                new Venue(KALIX, "Lokalen", "Storgatan 1", pin == null ? null : pin.latitude(), pin == null ? null : pin.longitude(),
                        false, false), 0, false, true, null, AgeRange.ANY,
                new ActivityPlan(true, false, true, "Svenska", 10, null),
                Schedule.weekly(tomorrow, LocalTime.of(18, 0), 90, tomorrow.getDayOfWeek(), tomorrow.plusWeeks(4)));
        AtomicLong id = new AtomicLong();
        SystemActor.runAsAdministrator(() -> {
            id.set(activities.createDraft(draft));
            activities.submit(id.get());
            activities.approve(id.get());
            activities.publish(id.get());
        });
        return id.get();
    }

    private long published(String title, @Nullable Position pin) {
        return published(title, pin, TargetGroup.EVERYONE, SwedishLevel.NONE, Set.of(SupportedLanguage.SWEDISH));
    }

    private List<ActivityCard> mine(ActivityFilter filter) {
        return activities.findPublished(filter.with(null, null, unique), SupportedLanguage.ARABIC, 0, 20);
    }

    @Test
    void nearMeKeepsPinnedVenuesWithin25KilometresAndClosestFirstPutsUnpinnedOnesLast() {
        long church = published("Kyrkan", new Position(65.8558, 23.1431));
        long tore = published("Töre", new Position(65.912, 22.650));          // about 23 km west
        long lulea = published("Luleå", new Position(65.584, 22.154));        // about 56 km
        long unpinned = published("Okänd plats", null);
        ActivityFilter near = ActivityFilter.ALL.with(ActivityFilter.Flag.NEAR_ME, true).from(VISITOR);

        assertThat(mine(near)).extracting(ActivityCard::id).containsExactlyInAnyOrder(church, tore);
        assertThat(mine(near.sorted(ActivityFilter.Order.DISTANCE))).extracting(ActivityCard::id).containsExactly(church, tore);
        assertThat(mine(ActivityFilter.ALL.sorted(ActivityFilter.Order.DISTANCE).from(VISITOR)))
                .extracting(ActivityCard::id).containsExactly(church, tore, lulea, unpinned);
        assertThat(mine(ActivityFilter.ALL.sorted(ActivityFilter.Order.DISTANCE).from(VISITOR)))
                .extracting(ActivityCard::distanceMetres)
                .satisfies(metres -> {
                    assertThat(metres.get(0)).isBetween(50, 150);
                    assertThat(metres.get(1)).isBetween(22_000, 25_000);
                    assertThat(metres.get(2)).isBetween(54_000, 58_000);
                    assertThat(metres.get(3)).isNull();
                });
    }

    @Test
    void withoutAPositionNearMeAndDistanceChangeNothing() {
        long first = published("Första", new Position(65.8558, 23.1431));
        long second = published("Andra", null);
        ActivityFilter unknown = ActivityFilter.ALL.with(ActivityFilter.Flag.NEAR_ME, true).sorted(ActivityFilter.Order.DISTANCE);

        assertThat(mine(unknown)).extracting(ActivityCard::id).containsExactlyInAnyOrder(first, second);
        assertThat(mine(unknown)).extracting(ActivityCard::distanceMetres).containsOnlyNulls();
    }

    @Test
    void leadersLanguageGroupAndSwedishLevelFilter() {
        long arabicForYouth = published("Unga", null, TargetGroup.YOUTH, SwedishLevel.BEGINNER,
                Set.of(SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC));
        long forEveryone = published("Alla", null, TargetGroup.EVERYONE, SwedishLevel.NONE, Set.of(SupportedLanguage.TIGRINYA));
        long forWomen = published("Kvinnor", null, TargetGroup.WOMEN, SwedishLevel.FLUENT, Set.of(SupportedLanguage.SWEDISH));

        assertThat(mine(ActivityFilter.ALL.forWhom(SupportedLanguage.ARABIC, null, null)))
                .extracting(ActivityCard::id).containsExactly(arabicForYouth);
        assertThat(mine(ActivityFilter.ALL.forWhom(null, TargetGroup.YOUTH, null)))
                .as("activities for everyone fit young people too").extracting(ActivityCard::id)
                .containsExactlyInAnyOrder(arabicForYouth, forEveryone);
        assertThat(mine(ActivityFilter.ALL.forWhom(null, null, SwedishLevel.BEGINNER)))
                .as("someone with a little Swedish can join what needs none or a little").extracting(ActivityCard::id)
                .containsExactlyInAnyOrder(arabicForYouth, forEveryone);
        assertThat(mine(ActivityFilter.ALL.forWhom(null, null, SwedishLevel.FLUENT))).extracting(ActivityCard::id)
                .containsExactlyInAnyOrder(arabicForYouth, forEveryone, forWomen);
    }

    @Test
    void theFiltersTravelInTheAddressButWhereTheVisitorStandsDoesNot() {
        ActivityFilter filter = ActivityFilter.ALL.with(ActivityFilter.Flag.NEAR_ME, true).sorted(ActivityFilter.Order.DISTANCE)
                .forWhom(SupportedLanguage.TIGRINYA, TargetGroup.FAMILIES, SwedishLevel.INTERMEDIATE).from(VISITOR);

        Map<String, List<String>> parameters = ActivityFilterParameters.of(filter);

        assertThat(parameters).containsOnlyKeys("near-me", "sort", "spoken", "for", "swedish");
        assertThat(parameters.toString()).doesNotContain("65.8").doesNotContain("23.1");
        assertThat(ActivityFilterParameters.parse(parameters)).isEqualTo(filter.from(null));
    }

    @Test
    void aPinOutsideSwedenOrHalfAPinIsRefusedAndNothingIsSaved() {
        long id = published("Rätt plats", new Position(65.8558, 23.1431));
        AtomicReference<ActivityDraft> saved = new AtomicReference<>();
        SystemActor.runAsAdministrator(() -> saved.set(activities.draftOf(id)));
        ActivityDraft draft = saved.get();
        for (Venue wrong : List.of(
                new Venue(KALIX, "Lokalen", "Storgatan 1", 48.8584, 2.2945, false, false),
                new Venue(KALIX, "Lokalen", "Storgatan 1", 65.8558, null, false, false))) {
            ActivityDraft moved = new ActivityDraft(draft.organisationId(), draft.sourceLanguage(), draft.texts(), draft.category(),
                    draft.targetGroup(), draft.swedishLevel(), draft.leaderLanguages(), wrong, draft.costSek(), draft.childcare(),
                    draft.dropIn(), draft.capacity(), draft.ages(), draft.plan(), draft.schedule());
            SystemActor.runAsAdministrator(() -> assertThatThrownBy(() -> activities.update(id, moved))
                    .isInstanceOf(RuleViolation.class).hasMessage("activity.rule.pin-outside-sweden"));
        }
        SystemActor.runAsAdministrator(() -> saved.set(activities.draftOf(id)));
        assertThat(saved.get().venue().latitude()).isEqualTo(65.8558);
    }
}
