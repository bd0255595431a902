package se.motesplats.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.Member;
import se.motesplats.organisation.Membership;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.PendingInvitation;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;

/**
 * An association's own page: whether a coordinator has checked it, who is in it, and for its
 * administrators a short form to invite a volunteer by e-mail, and who has not answered yet.
 */
@Route(OurAssociationView.PATH)
@Menu(order = 22, title = "organisation.members.menu", icon = "vaadin:group")
@RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.ADMINISTRATOR})
public class OurAssociationView extends Main implements HasDynamicTitle {

    public static final String PATH = "organiser/association";

    private final transient OrganisationService organisations;

    public OurAssociationView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassNames("our-association-view", "narrow-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("organisation.members.title")));
        for (Membership membership : organisations.membershipsOf(CurrentPerson.required().accountId())) {
            Div association = new Div();
            association.addClassName("association");
            association.getElement().setAttribute("data-organisation", String.valueOf(membership.organisationId()));
            association.add(new H2(membership.organisationName()));
            boolean verified = organisations.summary(membership.organisationId()).map(summary -> summary.verified()).orElse(false);
            Span status = new Span(getTranslation(verified ? "organisation.members.verified" : "organisation.members.unverified"));
            status.addClassName("badge");
            association.add(status);
            UnorderedList members = new UnorderedList();
            members.addClassName("members");
            for (Member member : organisations.members(membership.organisationId())) {
                members.add(new ListItem(member.firstName() + " · " + roleName(member.role())));
            }
            association.add(members);
            if (membership.role() == OrganisationRole.ADMINISTRATOR) {
                association.add(pending(membership.organisationId()), addForm(membership.organisationId()));
            }
            add(association);
        }
    }

    /** Who was invited and has not answered yet, so the administrator knows whom to remind. */
    private Div pending(long organisationId) {
        Div pending = new Div();
        List<PendingInvitation> invited = organisations.pendingInvitations(organisationId);
        if (!invited.isEmpty()) {
            pending.add(new H3(getTranslation("organisation.members.pending")));
            UnorderedList list = new UnorderedList();
            list.addClassName("pending-invitations");
            SupportedLanguage language = SupportedLanguage.of(getLocale());
            invited.forEach(one -> list.add(new ListItem(getTranslation("organisation.members.pending-one", Map.of(
                    "name", one.firstName(), "role", roleName(one.role()),
                    "until", Formats.shortDate(one.expiresAt(), language, Zones.STOCKHOLM))))));
            pending.add(list);
        }
        return pending;
    }

    private Div addForm(long organisationId) {
        TextField firstName = new TextField(getTranslation("organisation.members.first-name"));
        firstName.addClassName("member-first-name");
        EmailField email = new EmailField(getTranslation("organisation.members.email"));
        email.addClassName("member-email");
        email.setWidthFull();
        Select<OrganisationRole> role = new Select<>();
        role.setLabel(getTranslation("organisation.members.role"));
        role.addClassName("member-role");
        role.setItems(OrganisationRole.values());
        role.setItemLabelGenerator(this::roleName);
        role.setValue(OrganisationRole.LEADER);
        Button add = new Button(getTranslation("organisation.members.add"), click -> {
            firstName.setErrorMessage(getTranslation("activity.editor.required"));
            firstName.setInvalid(firstName.isEmpty());
            email.setErrorMessage(getTranslation("security.sign-in.email-invalid"));
            email.setInvalid(email.isEmpty() || email.isInvalid());
            if (firstName.isInvalid() || email.isInvalid()) {
                return;
            }
            if (RuleMessages.attempt(() -> organisations.invite(organisationId, email.getValue(), firstName.getValue(),
                    role.getValue()))) {
                Notification.show(getTranslation("organisation.members.invited", Map.of("name", firstName.getValue())));
                refresh();
            }
        });
        add.addClassName("member-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(new H3(getTranslation("organisation.members.add-title")), firstName, email, role, add);
        form.addClassName("member-form");
        return form;
    }

    private String roleName(OrganisationRole role) {
        return getTranslation("organisation.role." + role.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.members.title");
    }
}
