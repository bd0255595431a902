package se.motesplats.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.motesplats.area.AreaService;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.OrganisationSummary;
import se.motesplats.organisation.OrganisationToVerify;
import se.motesplats.shared.ui.MailtoLink;
import se.motesplats.security.Roles;

/** Coordinators confirm the associations registered in their municipalities. */
@Route(OrganisationVerificationView.PATH)
@Menu(order = 31, title = "organisation.verify.menu", icon = "vaadin:check-circle-o")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class OrganisationVerificationView extends Main implements HasDynamicTitle {

    public static final String PATH = "coordinator/organisations";

    private final transient OrganisationService organisations;
    private final transient AreaService areas;
    private final Div list = new Div();

    public OrganisationVerificationView(OrganisationService organisations, AreaService areas) {
        this.organisations = organisations;
        this.areas = areas;
        addClassName("organisation-verification-view");
        list.setId("organisations-to-verify");
        add(new H1(getTranslation("organisation.verify.title")), new Paragraph(getTranslation("organisation.verify.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (OrganisationToVerify candidate : organisations.awaitingVerification()) {
            OrganisationSummary organisation = candidate.organisation();
            Div row = new Div();
            row.addClassName("activity-row");
            row.getElement().setAttribute("data-organisation", String.valueOf(organisation.id()));
            Button verify = new Button(getTranslation("organisation.verify.verify"), click -> {
                organisations.verify(organisation.id());
                refresh();
            });
            verify.addClassName("action-verify");
            verify.addThemeVariants(ButtonVariant.PRIMARY);
            row.add(new H2(organisation.name()), new Paragraph(getTranslation(organisation.kind().translationKey()) + " · "
                    + areas.municipalityName(organisation.municipalityCode())));
            if (candidate.contactEmail() != null) {
                row.add(new Paragraph(MailtoLink.to(candidate.contactEmail())));
            }
            if (candidate.organisationNumber() != null) {
                row.add(new Paragraph(getTranslation("organisation.register.number") + ": " + candidate.organisationNumber()));
            }
            row.add(verify);
            list.add(row);
        }
        if (list.getChildren().findAny().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("organisation.verify.none"));
            none.setId("verify-none");
            list.add(none);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.verify.title");
    }
}
