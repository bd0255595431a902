package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.people.ProfileService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.volunteering.MatchRequest;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.ProgrammeKind;
import se.motesplats.volunteering.RequestForm;
import se.motesplats.volunteering.VolunteerService;

/**
 * A newcomer asks for a language friend, a refugee guide, a contact family or a mentor: which one,
 * the languages they speak, where and when, interests and wishes. Answers start from their profile.
 */
@Route(AskForVolunteerView.PATH)
@Menu(order = 15, title = "volunteering.ask.menu", icon = "vaadin:handshake")
@AnonymousAllowed
public class AskForVolunteerView extends Main implements HasDynamicTitle {

    public static final String PATH = "ask-for-a-volunteer";

    private final transient MatchingService matching;
    private final Checkbox consent = new Checkbox();
    private final Div form = new Div();
    private final Div done = new Div();
    private RequestFields fields;

    public AskForVolunteerView(MatchingService matching, VolunteerService volunteers, AreaService areas, ProfileService profiles) {
        this.matching = matching;
        addClassNames("narrow-view", "ask-for-volunteer-view");
        add(new H1(getTranslation("volunteering.ask.title")), new Paragraph(getTranslation("volunteering.ask.intro")));
        if (CurrentPerson.get().isEmpty()) {
            volunteers.programmes().stream().filter(p -> p.kind().matchable()).forEach(p -> add(new ProgrammeDescription(p, false)));
            add(new SignInFirst(PATH, "volunteering.ask.sign-in-first"));
            return;
        }
        // what they asked before, so that nobody asks twice without knowing
        matching.myRequests().forEach(request -> {
            Paragraph asked = new Paragraph(Labels.of(this, request.programme()) + ": " + getTranslation("volunteering.mine.asked-on",
                    Map.of("date", Formats.shortDate(request.createdAt(), SupportedLanguage.of(getLocale()), Zones.STOCKHOLM)))
                    + (request.status() == MatchRequest.RequestStatus.WAITING ? " " + getTranslation("volunteering.mine.looking") : ""));
            asked.addClassName("card");
            add(asked);
        });
        fields = new RequestFields(volunteers.programmes(), areas);
        fields.prefill(profiles.mine(), areas);
        consent.setId("ask-consent");
        consent.setLabel(getTranslation("volunteering.form.consent"));
        Button send = new Button(getTranslation("volunteering.ask.send"), click -> send());
        send.setId("ask-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        done.setId("ask-done");
        done.getElement().setAttribute("role", "status");
        form.add(fields, consent, send);
        add(form, done);
    }

    private void send() {
        RequestForm request = fields.form();
        ProgrammeKind kind = request.programme();
        if (RuleMessages.attempt(() -> matching.ask(request, consent.getValue(), SupportedLanguage.of(getLocale())))) {
            form.setVisible(false);
            Anchor mine = new Anchor(MyMatchesView.PATH, getTranslation("volunteering.mine.title"));
            mine.addClassNames("button-link", "primary");
            done.add(new Paragraph(getTranslation("volunteering.ask.sent", Map.of("programme", Labels.of(this, kind),
                    "days", MatchingService.TARGET_WAIT.toDays()))), mine);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.ask.title");
    }
}
