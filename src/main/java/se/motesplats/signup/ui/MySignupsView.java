package se.motesplats.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.motesplats.activity.ActivityHeadline;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.activity.SignupTerms;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.signup.Companion;
import se.motesplats.signup.MySignup;
import se.motesplats.signup.OfferReason;
import se.motesplats.signup.SignupService;
import se.motesplats.signup.SignupStatus;

/** "My activities": what the person signed up to, the next meeting, add to calendar, cancel. */
@Route(MySignupsView.PATH)
@Menu(order = 5, title = "signup.mine.menu", icon = "vaadin:check-square-o")
@PermitAll
public class MySignupsView extends Main implements HasDynamicTitle {

    public static final String PATH = "my-activities";

    private final transient SignupService signups;
    private final transient ActivityService activities;
    private final Div list = new Div();

    public MySignupsView(SignupService signups, ActivityService activities) {
        this.signups = signups;
        this.activities = activities;
        addClassName("my-signups-view");
        add(new H1(getTranslation("signup.mine.title")));
        list.setId("my-signups");
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        List<MySignup> mine = signups.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("signup.mine.empty"));
            Anchor find = new Anchor("activities", getTranslation("signup.mine.find"));
            list.add(empty, new Paragraph(find));
        }
        for (MySignup signup : mine) {
            activities.headline(signup.activityId(), language).ifPresent(headline -> list.add(row(signup, headline, language)));
        }
    }

    private Div row(MySignup signup, ActivityHeadline headline, SupportedLanguage language) {
        Div row = new Div();
        row.addClassName("signup-row");
        row.getElement().setAttribute("data-activity", String.valueOf(signup.activityId()));
        H2 title = new H2(new Anchor("activities/" + signup.activityId(), headline.title()));
        title.getElement().setAttribute("lang", headline.titleLanguage().tag());
        row.add(title);
        boolean afterNoShows = signup.offerReason() == OfferReason.NO_SHOWS;
        Paragraph status = new Paragraph(signup.offered()
                ? getTranslation(afterNoShows ? "signup.panel.still-coming" : "signup.panel.offered", Map.of("until",
                        Formats.meeting(java.util.Objects.requireNonNull(signup.offeredUntil()), language, Zones.STOCKHOLM)))
                : signup.status() == SignupStatus.CONFIRMED
                ? getTranslation("signup.mine.confirmed")
                : getTranslation("signup.panel.you-are-waiting", Map.of("position", signup.waitingPosition())));
        status.addClassNames("signup-status", signup.status() == SignupStatus.CONFIRMED ? "signup-confirmed" : "signup-waiting");
        row.add(status);
        if (signup.offered()) {
            Button yes = new Button(getTranslation(afterNoShows ? "signup.panel.keep-place" : "signup.panel.accept-offer"), click -> {
                RuleMessages.attempt(() -> signups.acceptOffer(signup.signupId()));
                refresh();
            });
            yes.addClassName("accept-offer");
            yes.addThemeVariants(ButtonVariant.PRIMARY);
            row.add(yes);
        }
        nextMeeting(signup).ifPresent(meeting -> {
            String when = Formats.meeting(meeting.startsAt(), language, Zones.STOCKHOLM);
            row.add(new Paragraph(getTranslation("signup.mine.next", Map.of("when", when))));
            // for the whole activity: one meeting missed, place kept (a drop-in sign-up is simply cancelled)
            if (signup.status() == SignupStatus.CONFIRMED && signup.occurrenceId() == null) {
                if (signup.away().contains(meeting.id())) {
                    row.add(new Paragraph(getTranslation("signup.mine.not-coming", Map.of("when", when))));
                } else {
                    Button away = new Button(getTranslation("signup.mine.cannot-come"), click -> {
                        RuleMessages.attempt(() -> signups.cannotComeTo(signup.signupId(), meeting.id()));
                        refresh();
                    });
                    away.addClassName("cannot-come");
                    row.add(away);
                }
            }
        });
        row.add(new Paragraph(headline.place()));
        if (!signup.companions().isEmpty()) {
            row.add(new Paragraph(getTranslation("signup.mine.companions", Map.of("names",
                    signup.companions().stream().map(Companion::firstName).collect(Collectors.joining(", "))))));
        }
        Anchor calendar = new Anchor("ical/activities/" + signup.activityId() + ".ics", getTranslation("activity.detail.calendar"));
        calendar.addClassName("signup-calendar");
        calendar.getElement().setAttribute("router-ignore", true);
        calendar.getElement().setAttribute("download", true);
        row.add(new Paragraph(calendar), new CancelSignupButton(signups, signup.signupId(),
                signup.status() == SignupStatus.CONFIRMED ? "signup.panel.cancel" : "signup.panel.leave-queue", this::refresh));
        return row;
    }

    private java.util.Optional<OccurrenceView> nextMeeting(MySignup signup) {
        return activities.signupTerms(signup.activityId()).map(SignupTerms::comingMeetings).orElse(List.of()).stream()
                .filter(meeting -> !meeting.cancelled())
                .filter(meeting -> signup.occurrenceId() == null || signup.occurrenceId() == meeting.id())
                .findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.mine.title");
    }
}
