package se.motesplats.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.motesplats.organisation.InvitationToAnswer;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.shared.ui.RuleMessages;

/**
 * Where an invitation link leads: which association asks, as what and who sent it; yes or no for the
 * person invited, a way to sign in first for everyone else. The token is the only secret, so the page
 * names no one but the sender's first name and the association.
 */
@Route(OrganisationService.INVITATION_PATH + ":token")
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OrganisationService organisations;

    public InvitationView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassNames("invitation-view", "narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("organisation.invitation.title")));
        Optional<InvitationToAnswer> found = organisations.invitation(token);
        if (found.isEmpty()) {
            add(message("organisation.invitation.unknown", Map.of()));
            return;
        }
        InvitationToAnswer invitation = found.get();
        add(message("organisation.invitation.text", Map.of("by", invitation.invitedBy(), "organisation", invitation.organisationName(),
                // a role inside a sentence ("som ledare"), not a label
                "role", getTranslation("organisation.role." + invitation.role().name().toLowerCase(Locale.ROOT)).toLowerCase(getLocale()))));
        if (invitation.expired()) {
            add(message("organisation.invitation.expired", Map.of()));
        } else if (invitation.forCaller()) {
            add(answers(token));
        } else if (CurrentPerson.get().isPresent()) {
            add(message("organisation.invitation.someone-else", Map.of()));
        } else {
            add(message("organisation.invitation.sign-in-first", Map.of()));
            Anchor signIn = new Anchor("sign-in?return=" + OrganisationService.INVITATION_PATH + token,
                    getTranslation("organisation.invitation.sign-in"));
            signIn.setId("invitation-sign-in");
            signIn.addClassName("button-link");
            add(new Paragraph(signIn));
        }
    }

    private Div answers(String token) {
        Button yes = new Button(getTranslation("organisation.invitation.accept"), click -> {
            if (RuleMessages.attempt(() -> organisations.acceptInvitation(token))) {
                UI.getCurrent().navigate(OurAssociationView.class);
            }
        });
        yes.setId("invitation-accept");
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        Button no = new Button(getTranslation("organisation.invitation.decline"), click -> {
            if (RuleMessages.attempt(() -> organisations.declineInvitation(token))) {
                removeAll();
                add(new H1(getTranslation("organisation.invitation.title")), message("organisation.invitation.declined", Map.of()));
            }
        });
        no.setId("invitation-decline");
        Div answers = new Div(yes, no);
        answers.addClassName("row-actions");
        return answers;
    }

    private Paragraph message(String key, Map<String, Object> arguments) {
        Paragraph paragraph = new Paragraph(getTranslation(key, arguments));
        paragraph.addClassName("invitation-message");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.invitation.title");
    }
}
