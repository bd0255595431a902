package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.ui.DatePickers;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.MailtoLink;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.volunteering.FollowUp;
import se.motesplats.volunteering.MatchStatus;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.MyMatch;
import se.motesplats.volunteering.MyRequest;
import se.motesplats.volunteering.MyVolunteering;
import se.motesplats.volunteering.ProgrammeStatus;
import se.motesplats.volunteering.VolunteerService;

/**
 * Everything about the person's matches, from either side: requests still waiting, proposals to
 * answer, active matches with the other's contact details and "we met", and for volunteers what
 * vetting still needs.
 */
@Route(MyMatchesView.PATH)
@Menu(order = 46, title = "volunteering.mine.menu", icon = "vaadin:connect")
@PermitAll
public class MyMatchesView extends Main implements HasDynamicTitle {

    public static final String PATH = "my-matches";

    private final transient MatchingService matching;
    private final transient VolunteerService volunteers;
    private final transient Clock clock;

    public MyMatchesView(MatchingService matching, VolunteerService volunteers, Clock clock) {
        this.matching = matching;
        this.volunteers = volunteers;
        this.clock = clock;
        addClassNames("narrow-view", "my-matches-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("volunteering.mine.title")));
        List<MyRequest> requests = matching.myRequests();
        List<MyMatch> matches = matching.mine();
        requests.stream().filter(request -> matches.stream().noneMatch(match -> match.status() == MatchStatus.ACTIVE && !match.iAmVolunteer()
                && match.programme() == request.programme())).forEach(request -> add(requestCard(request)));
        matches.forEach(match -> add(matchCard(match)));
        volunteers.mine().ifPresent(this::vetting);
        if (requests.isEmpty() && matches.isEmpty() && volunteers.mine().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("volunteering.mine.nothing"));
            none.setId("my-matches-nothing");
            add(none);
        }
        Anchor ask = new Anchor(AskForVolunteerView.PATH, getTranslation("volunteering.ask.menu"));
        ask.addClassName("button-link");
        Anchor volunteer = new Anchor(VolunteerView.PATH, getTranslation("volunteering.volunteer.menu"));
        volunteer.addClassName("button-link");
        add(new Div(ask, volunteer), new Paragraph(new Anchor(ReportConcernView.PATH, getTranslation("volunteering.concern.menu"))));
    }

    private Component requestCard(MyRequest request) {
        Div card = card("my-request-" + request.id());
        card.add(new H2(Labels.of(this, request.programme())), new Paragraph(getTranslation("volunteering.mine.asked-on",
                Map.of("date", Formats.shortDate(request.createdAt(), language(), Zones.STOCKHOLM)))));
        if (request.status() == se.motesplats.volunteering.MatchRequest.RequestStatus.WAITING) {
            card.add(new Paragraph(getTranslation("volunteering.mine.looking")));
        }
        Button withdraw = new Button(getTranslation("volunteering.mine.withdraw"), click -> {
            if (RuleMessages.attempt(() -> matching.withdraw(request.id()))) {
                render();
            }
        });
        withdraw.addThemeVariants(ButtonVariant.TERTIARY);
        card.add(withdraw);
        return card;
    }

    private Component matchCard(MyMatch match) {
        Div card = card("my-match-" + match.id());
        card.add(new H2(getTranslation(match.iAmVolunteer() ? "volunteering.mine.you-and-newcomer" : "volunteering.mine.you-and-volunteer",
                Map.of("programme", Labels.of(this, match.programme()), "name", match.otherFirstName()))));
        card.add(status(match));
        card.add(facts(match));
        if (match.paused()) {
            return card;
        }
        if (match.waitingForMe()) {
            Button yes = new Button(getTranslation("volunteering.mine.accept"), click -> act(() -> matching.accept(match.id())));
            yes.setId("match-accept-" + match.id());
            yes.addThemeVariants(ButtonVariant.PRIMARY);
            Button no = new Button(getTranslation("volunteering.mine.decline"), click -> act(() -> matching.decline(match.id())));
            no.setId("match-decline-" + match.id());
            card.add(new Paragraph(getTranslation("volunteering.mine.decide")), new Div(yes, no));
        }
        if (match.followUpDue() != null) {
            card.add(followUp(match));
        }
        if (match.status() == MatchStatus.ACTIVE) {
            card.add(contact(match), meetings(match),
                    new MatchEnding(match.id(), !match.iAmVolunteer(), (reason, rematch) -> act(() -> matching.end(match.id(), reason, rematch))));
        }
        return card;
    }

    private Component status(MyMatch match) {
        String key = switch (match.status()) {
            case PROPOSED -> match.paused() ? "volunteering.mine.status.paused"
                    : match.iAccepted() ? "volunteering.mine.status.waiting-for-other" : "volunteering.mine.status.proposed";
            case ACTIVE -> match.paused() ? "volunteering.mine.status.paused" : "volunteering.mine.status.active";
            case ENDED, DECLINED -> "volunteering.mine.status.ended";
        };
        Span status = new Span(getTranslation(key));
        status.addClassName("badge");
        status.getElement().setAttribute("role", "status");
        return status;
    }

    /** What deciding needs: no contact details here. */
    private Component facts(MyMatch match) {
        Div facts = new Div();
        facts.addClassName("match-facts");
        facts.add(fact("volunteering.mine.speaks", Labels.list(this, match.otherLanguages())),
                fact("volunteering.mine.lives-in", match.otherMunicipality()),
                fact("volunteering.mine.free", Labels.list(this, match.otherTimeSlots())));
        if (!match.otherInterests().isEmpty()) {
            facts.add(fact("volunteering.mine.likes", Labels.list(this, match.otherInterests())));
        }
        if (!match.childrenAges().isEmpty()) {
            facts.add(fact("volunteering.mine.children", Labels.list(this, match.childrenAges())));
        }
        return facts;
    }

    private Paragraph fact(String key, String value) {
        return new Paragraph(getTranslation(key, Map.of("value", value)));
    }

    /** "How is it going?" with one tap per answer. */
    private Component followUp(MyMatch match) {
        Div question = new Div(new H3(getTranslation("volunteering.follow-up.question")));
        question.setId("match-follow-up-" + match.id());
        question.addClassName("follow-up");
        for (FollowUp.Answer answer : FollowUp.Answer.values()) {
            Button choice = new Button(getTranslation(answer.translationKey()),
                    click -> act(() -> matching.answerFollowUp(match.id(), answer)));
            choice.setId("match-follow-up-" + match.id() + "-" + answer.name().toLowerCase(java.util.Locale.ROOT));
            question.add(choice);
        }
        return question;
    }

    private Component contact(MyMatch match) {
        Div contact = new Div(new H3(getTranslation("volunteering.mine.contact")));
        contact.setId("match-contact-" + match.id());
        if (match.phone() != null) {
            contact.add(new Paragraph(new Anchor("tel:" + match.phone(), match.phone())));
        }
        if (match.email() != null) {
            contact.add(new Paragraph(MailtoLink.to(match.email())));
        }
        contact.add(new Paragraph(getTranslation(match.iAmVolunteer() ? "volunteering.mine.first-contact-volunteer"
                : "volunteering.mine.first-contact-newcomer", Map.of("name", match.otherFirstName()))));
        return contact;
    }

    private Component meetings(MyMatch match) {
        Div meetings = new Div(new H3(getTranslation("volunteering.mine.meetings")));
        DatePicker day = new DatePicker(getTranslation("volunteering.mine.met-on"));
        day.setId("match-met-on-" + match.id());
        DatePickers.localise(day, getLocale());
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        day.setValue(today);
        day.setMax(today);
        Button met = new Button(getTranslation("volunteering.mine.we-met"), click -> {
            if (day.getValue() != null) {
                act(() -> matching.logMeeting(match.id(), day.getValue()));
            }
        });
        met.setId("match-we-met-" + match.id());
        meetings.add(day, met);
        meetings.add(new Paragraph(match.meetings().isEmpty() ? getTranslation("volunteering.mine.no-meetings")
                : getTranslation("volunteering.mine.met", Map.of("count", match.meetings().size(),
                        "last", Formats.day(match.meetings().getFirst(), language())))));
        return meetings;
    }

    private void vetting(MyVolunteering mine) {
        Div card = card("my-vetting");
        card.add(new H2(getTranslation("volunteering.mine.as-volunteer")));
        if (mine.paused()) {
            card.add(new Paragraph(getTranslation("volunteering.mine.volunteer-paused")));
        }
        for (ProgrammeStatus status : mine.programmes()) {
            card.add(new Paragraph(status.ready()
                    ? getTranslation("volunteering.mine.ready", Map.of("programme", Labels.of(this, status.programme().kind())))
                    : getTranslation("volunteering.mine.missing", Map.of("programme", Labels.of(this, status.programme().kind()),
                            "missing", Labels.list(this, status.missing())))));
        }
        Anchor change = new Anchor(VolunteerView.PATH, getTranslation("volunteering.mine.change"));
        card.add(new Paragraph(change));
        add(card);
    }

    private void act(Runnable action) {
        if (RuleMessages.attempt(action)) {
            render();
        }
    }

    private static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("card");
        return card;
    }

    private SupportedLanguage language() {
        return SupportedLanguage.of(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.mine.title");
    }
}
