package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.AgeRange;
import se.motesplats.activity.ui.ActivityDetailView;
import se.motesplats.activity.ui.ActivityEditorView;
import se.motesplats.activity.ui.ApprovalQueueView;
import se.motesplats.activity.ui.TranslateTextView;
import se.motesplats.activity.ui.TranslationQueueView;
import se.motesplats.area.AreaService;
import se.motesplats.attendance.ui.CheckInCodeView;
import se.motesplats.attendance.ui.RollCallView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.EmailService;
import se.motesplats.notification.ui.OutboxView;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.ui.InvitationView;
import se.motesplats.security.ui.SignInView;
import se.motesplats.security.ui.UnsubscribeView;
import se.motesplats.shared.ui.NotFoundView;
import se.motesplats.signup.ui.ReferView;
import se.motesplats.testing.BrowserlessTestBase;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.ViewTexts;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.ProgrammeKind;
import se.motesplats.volunteering.RequestForm;
import se.motesplats.volunteering.SpokenLanguage;
import se.motesplats.volunteering.TimeSlot;
import se.motesplats.volunteering.ui.MatchRequestView;

/**
 * Every view of {@link RouteAccessTest}'s matrix opened, on the server, by every role it lets in: it
 * renders without an error page, with a translated title and no raw translation key anywhere; and a
 * sample of those it keeps out are sent to sign in or told the page does not exist. A new view needs
 * its row in the matrix and, when its route has parameters, one line in {@link #LOCATIONS}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewsRenderPerRoleTest extends BrowserlessTestBase {

    private static final String HALMSTAD = "1380";
    private static final String FALUN = "2080";

    /** Where routes with parameters are opened: the fixtures' own activity, meeting and request. */
    private static final Map<Class<?>, Function<Fixtures, String>> LOCATIONS = Map.of(
            ActivityDetailView.class, f -> ActivityDetailView.PATH + "/" + f.activityId(),
            ActivityEditorView.class, f -> ActivityEditorView.PATH + "/" + f.activityId(),
            ReferView.class, f -> ReferView.PATH + "/" + f.activityId(),
            CheckInCodeView.class, f -> CheckInCodeView.PATH + "/" + f.meetingId(),
            RollCallView.class, f -> RollCallView.PATH + "/" + f.meetingId(),
            MatchRequestView.class, f -> MatchRequestView.PATH + "/" + f.requestId(),
            UnsubscribeView.class, f -> EmailService.UNSUBSCRIBE_PAGE + "/not-a-real-token",
            OutboxView.class, f -> OutboxView.PATH,
            // an unknown link: the page says so in the visitor's language
            InvitationView.class, f -> OrganisationService.INVITATION_PATH + "0".repeat(64),
            TranslateTextView.class, f -> TranslationQueueView.PATH + "/" + f.activityId() + "/ar");

    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired MatchingService matching;

    private Fixtures fixtures;

    /**
     * One person per role, each someone for whom the role is real: the leader of the activity's
     * association for its members and leaders, a coordinator whose area holds the activity.
     */
    private record Fixtures(long activityId, long meetingId, long requestId, Map<String, Long> people) {
    }

    @BeforeAll
    void fixtures() {
        PublishedActivities.Published activity = published.weekly("Vyprov", 20, false, AgeRange.ANY, HALMSTAD);
        long meeting = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst().id();
        Map<String, Long> people = new LinkedHashMap<>();
        for (String role : Roles.ALL) {
            people.put(role, switch (role) {
                case Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER -> activity.leaderId();
                default -> person(role);
            });
        }
        SystemActor.runAsAdministrator(() -> areas.setScope(people.get(Roles.COORDINATOR), List.of(HALMSTAD, FALUN)));
        long newcomer = people.get(Roles.PARTICIPANT);
        long[] request = new long[1];
        ModuleTestBase.runAs(newcomer, () -> request[0] = matching.ask(new RequestForm(ProgrammeKind.LANGUAGE_FRIEND, HALMSTAD,
                Set.of(SpokenLanguage.ARABIC), Set.of(ActivityCategory.SPORT), Set.of(TimeSlot.WEEKEND), null, false, List.of()),
                true, SupportedLanguage.ARABIC), Roles.PARTICIPANT);
        fixtures = new Fixtures(activity.activityId(), meeting, request[0], people);
    }

    private long person(String role) {
        return accounts.ensureAccount(role.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", "Vera",
                SupportedLanguage.SWEDISH, List.of(role));
    }

    @TestFactory
    Stream<DynamicTest> everyViewRendersTranslatedForEveryoneItLetsIn() {
        // in the source language, whatever the machine's default locale
        reloadIn(SupportedLanguage.SOURCE);
        return RouteAccessTest.EXPECTED.entrySet().stream().flatMap(row -> RouteAccessTest.WHO.stream()
                .filter(row.getValue()::contains)
                .map(who -> dynamicTest(row.getKey().getSimpleName() + " × " + who, () -> rendersTranslated(view(row.getKey()), who))));
    }

    /**
     * Arabic has its own script, direction and six plural forms: every view once more in Arabic, as the
     * first role it lets in, after a page load with Arabic chosen.
     */
    @TestFactory
    Stream<DynamicTest> everyViewRendersInArabic() {
        reloadIn(SupportedLanguage.ARABIC);
        return RouteAccessTest.EXPECTED.entrySet().stream().map(row -> {
            String who = RouteAccessTest.WHO.stream().filter(row.getValue()::contains).findFirst().orElseThrow();
            return dynamicTest(row.getKey().getSimpleName() + " × " + who, () -> {
                assertThat(rendersTranslated(view(row.getKey()), who)).as("texts in Arabic script")
                        .anyMatch(text -> ViewTexts.writtenIn(Character.UnicodeScript.ARABIC, text));
            });
        });
    }

    /**
     * Per view kept from someone: an anonymous visitor, and the first and the last role it refuses in
     * {@link Roles#ALL}'s order, which runs from participants to staff, so the last is often a near miss
     * (a case officer at a coordinator's page, a coordinator at an administrator's).
     */
    @TestFactory
    Stream<DynamicTest> aSampleOfThoseAViewKeepsOutIsRefused() {
        return RouteAccessTest.EXPECTED.entrySet().stream().flatMap(row -> {
            List<String> refusedRoles = Roles.ALL.stream().filter(role -> !row.getValue().contains(role)).toList();
            Stream<String> sample = refusedRoles.isEmpty() ? Stream.empty()
                    : Stream.of(refusedRoles.getFirst(), refusedRoles.getLast()).distinct();
            return Stream.concat(Stream.of(RouteAccessTest.ANONYMOUS).filter(anonymous -> !row.getValue().contains(anonymous)), sample)
                    .map(who -> dynamicTest(row.getKey().getSimpleName() + " × " + who, () -> refused(view(row.getKey()), who)));
        });
    }

    @Test
    void aCoordinatorWithoutTheSecondFactorIsKeptOutOfStaffViews() {
        signInWithoutSecondFactor(fixtures.people().get(Roles.COORDINATOR), Roles.COORDINATOR);

        navigate(ApprovalQueueView.PATH, NotFoundView.class);
    }

    /** Opens the view as someone and checks its texts; returns what the page shows. */
    private List<String> rendersTranslated(Class<? extends Component> view, String who) {
        signInAs(who);

        open(location(view), view);

        String title = UI.getCurrent().getInternals().getTitle();
        assertThat(title).as("page title").isNotBlank().doesNotMatch(ViewTexts.RAW_KEY);
        List<String> shown = ViewTexts.of(UI.getCurrent()).toList();
        find(H1.class).all().forEach(heading -> assertThat(heading.getText()).as("heading").isNotBlank()
                .doesNotMatch(ViewTexts.RAW_KEY).isIn(shown));
        assertThat(shown).as("what the page shows").isNotEmpty();
        assertThat(ViewTexts.rawKeys(UI.getCurrent())).as("texts that are translation keys").isEmpty();
        return shown;
    }

    private void refused(Class<? extends Component> view, String who) {
        signInAs(who);

        // anonymous visitors are sent to sign in; a signed-in person is told the page does not exist
        Class<? extends Component> refusal = who.equals(RouteAccessTest.ANONYMOUS) ? SignInView.class : NotFoundView.class;
        open(location(view), refusal);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> view(Class<?> route) {
        return (Class<? extends Component>) route;
    }

    private void signInAs(String who) {
        if (who.equals(RouteAccessTest.ANONYMOUS)) {
            signOut();
        } else {
            signIn(fixtures.people().get(who), who);
        }
    }

    private String location(Class<? extends Component> view) {
        Function<Fixtures, String> withParameters = LOCATIONS.get(view);
        if (withParameters != null) {
            return withParameters.apply(fixtures);
        }
        try {
            return RouteConfiguration.forApplicationScope().getUrl(view);
        } catch (RuntimeException needsParameters) {
            throw new AssertionError(view.getSimpleName() + "'s route has parameters: add where to open it to LOCATIONS", needsParameters);
        }
    }
}
