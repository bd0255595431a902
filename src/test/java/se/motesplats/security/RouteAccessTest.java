package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import se.motesplats.funding.ui.ClaimsView;
import se.motesplats.funding.ui.FundingSchemesView;
import se.motesplats.funding.ui.FundingView;
import se.motesplats.reporting.ui.DashboardView;
import se.motesplats.reporting.ui.MyParticipationView;
import se.motesplats.reporting.ui.OutcomeView;
import se.motesplats.reporting.ui.ParticipationView;
import se.motesplats.reporting.ui.UnmetDemandView;
import se.motesplats.volunteering.ui.AskForVolunteerView;
import se.motesplats.volunteering.ui.MatchRequestView;
import se.motesplats.volunteering.ui.MatchingView;
import se.motesplats.volunteering.ui.MyMatchesView;
import se.motesplats.volunteering.ui.ProgrammesView;
import se.motesplats.volunteering.ui.ReferToVolunteerView;
import se.motesplats.volunteering.ui.ReportConcernView;
import se.motesplats.volunteering.ui.VolunteerView;
import se.motesplats.volunteering.ui.VolunteersView;
import se.motesplats.activity.ui.ActivityDetailView;
import se.motesplats.activity.ui.ActivityEditorView;
import se.motesplats.activity.ui.ActivityListView;
import se.motesplats.activity.ui.ApprovalQueueView;
import se.motesplats.activity.ui.MyActivitiesView;
import se.motesplats.activity.ui.TranslateTextView;
import se.motesplats.activity.ui.TranslationQueueView;
import se.motesplats.area.ui.AreaScopesView;
import se.motesplats.attendance.ui.CheckInCodeView;
import se.motesplats.attendance.ui.CheckInView;
import se.motesplats.attendance.ui.EarlierMeetingsView;
import se.motesplats.attendance.ui.MeetingsTodayView;
import se.motesplats.attendance.ui.RollCallView;
import se.motesplats.organisation.ui.InvitationView;
import se.motesplats.organisation.ui.OrganisationVerificationView;
import se.motesplats.organisation.ui.OurAssociationView;
import se.motesplats.organisation.ui.RegisterOrganisationView;
import se.motesplats.notification.ui.OutboxView;
import se.motesplats.people.ui.JoinView;
import se.motesplats.people.ui.ProfileView;
import se.motesplats.privacy.ui.MyDataView;
import se.motesplats.privacy.ui.PrivacyNoticeView;
import se.motesplats.signup.ui.MySignupsView;
import se.motesplats.signup.ui.ReferView;
import se.motesplats.security.ui.AccountsView;
import se.motesplats.security.ui.AuditLogView;
import se.motesplats.security.ui.MyDevicesView;
import se.motesplats.security.ui.SecondFactorView;
import se.motesplats.security.ui.UnsubscribeView;
import se.motesplats.security.ui.SignInView;
import se.motesplats.shared.ui.StartView;

/**
 * Every route against every role. A new view fails this test until its row is added here, so the
 * matrix grows with each one. {@link ViewsRenderPerRoleTest} opens every view with the same matrix.
 */
class RouteAccessTest {

    static final String ANONYMOUS = "ANONYMOUS";
    /** Anonymous visitors first, then every role. */
    static final List<String> WHO = new ArrayList<>();

    static {
        WHO.add(ANONYMOUS);
        WHO.addAll(Roles.ALL);
    }

    private static final Set<String> EVERYONE = Set.copyOf(WHO);

    /** Who may open each view; shared with the test that renders them. */
    static final Map<Class<?>, Set<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put(StartView.class, EVERYONE);
        EXPECTED.put(SignInView.class, EVERYONE);
        EXPECTED.put(OutboxView.class, EVERYONE); // demo run only: the route exists only with the development outbox
        EXPECTED.put(AccountsView.class, Set.of(Roles.ADMINISTRATOR));
        EXPECTED.put(AreaScopesView.class, Set.of(Roles.ADMINISTRATOR));
        EXPECTED.put(ActivityListView.class, EVERYONE);
        EXPECTED.put(ActivityDetailView.class, EVERYONE); // the service shows unpublished activities only to their organisers and coordinators
        EXPECTED.put(MyActivitiesView.class, Set.of(Roles.ORGANISATION_MEMBER, Roles.ADMINISTRATOR));
        EXPECTED.put(ActivityEditorView.class, Set.of(Roles.ORGANISATION_MEMBER, Roles.ADMINISTRATOR));
        EXPECTED.put(ApprovalQueueView.class, Set.of(Roles.COORDINATOR, Roles.ADMINISTRATOR));
        // the service narrows it to the activities of the coordinator's municipalities or the member's association
        EXPECTED.put(TranslationQueueView.class, Set.of(Roles.ORGANISATION_MEMBER, Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(TranslateTextView.class, Set.of(Roles.ORGANISATION_MEMBER, Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(RegisterOrganisationView.class, Set.copyOf(Roles.ALL)); // anyone signed in may start an association
        EXPECTED.put(OrganisationVerificationView.class, Set.of(Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(OurAssociationView.class, Set.of(Roles.ORGANISATION_MEMBER, Roles.ADMINISTRATOR));
        EXPECTED.put(JoinView.class, EVERYONE);
        EXPECTED.put(InvitationView.class, EVERYONE); // the link holds the secret; only the invited person can answer
        EXPECTED.put(UnsubscribeView.class, EVERYONE);
        EXPECTED.put(ReferView.class, Set.of(Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(ProfileView.class, Set.copyOf(Roles.ALL));
        EXPECTED.put(MyDevicesView.class, Set.copyOf(Roles.ALL));
        EXPECTED.put(MyDataView.class, Set.copyOf(Roles.ALL));
        EXPECTED.put(AuditLogView.class, Set.of(Roles.ADMINISTRATOR));
        EXPECTED.put(SecondFactorView.class, Set.copyOf(Roles.ALL));
        EXPECTED.put(OutcomeView.class, Set.copyOf(Roles.ALL));
        EXPECTED.put(EarlierMeetingsView.class, Set.of(Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(MyParticipationView.class, Set.copyOf(Roles.ALL));
        EXPECTED.put(ParticipationView.class, Set.of(Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(PrivacyNoticeView.class, EVERYONE);
        EXPECTED.put(MySignupsView.class, Set.copyOf(Roles.ALL)); // everyone signed in; the service shows only their own
        EXPECTED.put(CheckInView.class, EVERYONE); // a scan may come before signing in; it waits in the session
        EXPECTED.put(CheckInCodeView.class, Set.of(Roles.ORGANISATION_MEMBER, Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(RollCallView.class, Set.of(Roles.ORGANISATION_MEMBER, Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(MeetingsTodayView.class, Set.of(Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER));
        EXPECTED.put(VolunteerView.class, EVERYONE); // visitors read about the programmes, then sign in to sign up
        EXPECTED.put(AskForVolunteerView.class, EVERYONE); // likewise
        EXPECTED.put(MyMatchesView.class, Set.copyOf(Roles.ALL)); // the service shows only the caller's own
        EXPECTED.put(ReportConcernView.class, EVERYONE); // anyone may raise a concern, also without an account
        EXPECTED.put(MatchingView.class, Set.of(Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(MatchRequestView.class, Set.of(Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(VolunteersView.class, Set.of(Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(ProgrammesView.class, Set.of(Roles.ADMINISTRATOR));
        EXPECTED.put(FundingView.class, Set.of(Roles.ORGANISATION_MEMBER, Roles.ADMINISTRATOR));
        EXPECTED.put(ClaimsView.class, Set.of(Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(FundingSchemesView.class, Set.of(Roles.ADMINISTRATOR));
        EXPECTED.put(DashboardView.class, Set.of(Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(UnmetDemandView.class, Set.of(Roles.COORDINATOR, Roles.ADMINISTRATOR));
        EXPECTED.put(ReferToVolunteerView.class, Set.of(Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR));
    }

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyRouteHasARowInTheMatrix() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("se.motesplats")) {
            routes.add(candidate.getBeanClassName());
        }
        Set<String> covered = new TreeSet<>();
        EXPECTED.keySet().forEach(view -> covered.add(view.getName()));
        assertThat(covered).containsAll(routes);
    }

    @Test
    void eachRoleOpensExactlyWhatItShould() {
        List<String> wrong = new ArrayList<>();
        EXPECTED.forEach((view, allowed) -> {
            for (String who : WHO) {
                boolean access = who.equals(ANONYMOUS)
                        ? checker.hasAccess(view, null, role -> false)
                        : checker.hasAccess(view, () -> "someone", who::equals);
                if (access != allowed.contains(who)) {
                    wrong.add(view.getSimpleName() + " × " + who + ": " + (access ? "opens" : "is refused"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }
}
