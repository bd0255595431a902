package se.motesplats.signup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.people.ui.JoinView;
import se.motesplats.security.CurrentPerson;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.signup.Availability;
import se.motesplats.signup.Companion;
import se.motesplats.signup.MySignup;
import se.motesplats.signup.SignupOutcome;
import se.motesplats.signup.SignupService;
import se.motesplats.signup.SignupStatus;

/**
 * Signing up on the activity's page: the places left, the visitor's own place or turn in the queue,
 * and one button. Drop-in activities get "I'm coming" per meeting instead. Visitors who are not
 * signed in are taken to joining and brought back here.
 */
class SignupPanel extends Div {

    private static final int DROP_IN_MEETINGS_SHOWN = 4;

    private final transient SignupService signups;
    private final ActivityDetail activity;

    SignupPanel(SignupService signups, ActivityDetail activity) {
        this.signups = signups;
        this.activity = activity;
        setId("signup-panel");
        addClassName("signup-panel");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation(activity.dropIn() ? "signup.panel.title-drop-in" : "signup.panel.title")));
        List<MySignup> mine = signups.mineFor(activity.id());
        if (activity.dropIn()) {
            activity.comingMeetings().stream().filter(meeting -> !meeting.cancelled()).limit(DROP_IN_MEETINGS_SHOWN)
                    .forEach(meeting -> add(meetingRow(meeting, mine.stream()
                            .filter(signup -> Long.valueOf(meeting.id()).equals(signup.occurrenceId())).findFirst())));
        } else {
            mine.stream().findFirst().ifPresentOrElse(this::ownPlace, this::signUpForm);
        }
    }

    private void ownPlace(MySignup signup) {
        if (signup.offered()) {
            offer(signup);
            return;
        }
        Paragraph status = new Paragraph(signup.status() == SignupStatus.CONFIRMED
                ? getTranslation("signup.panel.you-have-a-place", Map.of("companions", signup.companions().size()))
                : getTranslation("signup.panel.you-are-waiting", Map.of("position", signup.waitingPosition())));
        status.setId("signup-status");
        status.addClassName(signup.status() == SignupStatus.CONFIRMED ? "signup-confirmed" : "signup-waiting");
        add(status, new CancelSignupButton(signups, signup.signupId(),
                signup.status() == SignupStatus.CONFIRMED ? "signup.panel.cancel" : "signup.panel.leave-queue", this::render));
    }

    /** A place freed for the person waits for their yes until a deadline. */
    private void offer(MySignup signup) {
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        Paragraph status = new Paragraph(getTranslation("signup.panel.offered",
                Map.of("until", Formats.meeting(java.util.Objects.requireNonNull(signup.offeredUntil()), language, Zones.STOCKHOLM))));
        status.setId("signup-status");
        status.addClassName("signup-offered");
        Button yes = new Button(getTranslation("signup.panel.accept-offer"), click -> {
            RuleMessages.attempt(() -> signups.acceptOffer(signup.signupId()));
            render();
        });
        yes.setId("signup-accept-offer");
        yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        add(status, yes, new CancelSignupButton(signups, signup.signupId(), "signup.panel.decline-offer", this::render));
    }

    private void signUpForm() {
        Availability availability = signups.availability(activity.id(), null);
        if (availability.capacity() != null) {
            Paragraph places = new Paragraph(availability.full()
                    ? getTranslation("signup.panel.full", Map.of("waiting", availability.waiting()))
                    : getTranslation("signup.panel.places-left", Map.of("left", availability.left())));
            places.setId("signup-places");
            add(places);
        }
        CompanionsEditor companions = new CompanionsEditor();
        Button signUp = new Button(getTranslation(availability.full() ? "signup.panel.join-queue" : "signup.panel.sign-up"));
        signUp.setId("signup-button");
        signUp.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        signUp.addClickListener(click -> {
            if (CurrentPerson.get().isEmpty()) {
                join();
                return;
            }
            companions.companions().ifPresent(list -> signUp(null, list));
        });
        if (CurrentPerson.get().isPresent()) {
            add(companions);
        }
        add(signUp);
    }

    private Div meetingRow(OccurrenceView meeting, Optional<MySignup> mine) {
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        Div row = new Div();
        row.addClassName("drop-in-meeting");
        row.getElement().setAttribute("data-occurrence", String.valueOf(meeting.id()));
        row.add(new Paragraph(Formats.meeting(meeting.startsAt(), language, Zones.STOCKHOLM)));
        if (mine.isPresent()) {
            Paragraph status = new Paragraph(getTranslation(mine.get().status() == SignupStatus.CONFIRMED
                    ? "signup.panel.you-are-coming" : "signup.panel.you-are-waiting", Map.of("position", mine.get().waitingPosition())));
            status.addClassName("signup-status");
            row.add(status, new CancelSignupButton(signups, mine.get().signupId(), "signup.panel.not-coming", this::render));
        } else {
            Button coming = new Button(getTranslation("signup.panel.coming"), click -> {
                if (CurrentPerson.get().isEmpty()) {
                    join();
                } else {
                    signUp(meeting.id(), List.of());
                }
            });
            coming.addClassName("coming-button");
            coming.addThemeVariants(ButtonVariant.PRIMARY);
            row.add(coming);
        }
        return row;
    }

    private void signUp(@Nullable Long occurrenceId, List<Companion> companions) {
        RuleMessages.attempt(() -> {
            SignupOutcome outcome = signups.signUp(activity.id(), occurrenceId, companions);
            if (!outcome.overlappingActivityIds().isEmpty()) {
                Notification warning = Notification.show(getTranslation("signup.panel.overlap"), 8000, Notification.Position.MIDDLE);
                warning.addThemeVariants(NotificationVariant.WARNING);
            }
        });
        render();
    }

    private void join() {
        UI.getCurrent().navigate(JoinView.class, JoinView.returningTo("activities/" + activity.id()));
    }
}
