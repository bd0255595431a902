package se.motesplats.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.motesplats.funding.ClaimDocuments;
import se.motesplats.funding.ClaimPreview;
import se.motesplats.funding.FundingService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.ui.DatePickers;
import se.motesplats.organisation.Membership;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;

/**
 * An association's funding: choose a period, see the claim computed activity by activity and
 * meeting by meeting, submit it, and follow the coordinators' decisions on earlier claims.
 */
@Route(FundingView.PATH)
@Menu(order = 24, title = "funding.claims.menu", icon = "vaadin:money")
@RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.ADMINISTRATOR})
public class FundingView extends Main implements HasDynamicTitle {

    public static final String PATH = "funding";

    private final transient FundingService funding;
    private final transient ClaimDocuments documents;
    private final Select<Membership> organisation = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div result = new Div();
    private final Div earlier = new Div();

    public FundingView(FundingService funding, ClaimDocuments documents, OrganisationService organisations, Clock clock) {
        this.funding = funding;
        this.documents = documents;
        addClassNames("narrow-view", "funding-view");
        add(new H1(getTranslation("funding.claims.title")), new Paragraph(getTranslation("funding.claims.intro")));
        List<Membership> memberships = organisations.membershipsOf(CurrentPerson.required().accountId());
        if (memberships.isEmpty()) {
            add(new Paragraph(getTranslation("funding.claims.no-association")));
            return;
        }
        organisation.setId("funding-organisation");
        organisation.setLabel(getTranslation("funding.claims.association"));
        organisation.setItems(memberships);
        organisation.setItemLabelGenerator(Membership::organisationName);
        organisation.setValue(memberships.getFirst());
        organisation.setVisible(memberships.size() > 1);
        organisation.addValueChangeListener(change -> showEarlier());
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        from.setId("funding-from");
        from.setLabel(getTranslation("funding.claims.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("funding-to");
        to.setLabel(getTranslation("funding.claims.to"));
        to.setValue(today.minusDays(1));
        to.setMax(today.minusDays(1));
        DatePickers.localise(from, getLocale());
        DatePickers.localise(to, getLocale());
        Button compute = new Button(getTranslation("funding.claims.compute"), click -> compute());
        compute.setId("funding-compute");
        compute.addThemeVariants(ButtonVariant.PRIMARY);
        result.setId("funding-result");
        earlier.setId("funding-earlier");
        add(organisation, new Div(from, to), compute, result, new H2(getTranslation("funding.claims.earlier")), earlier);
        showEarlier();
    }

    private void compute() {
        result.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        long organisationId = organisation.getValue().organisationId();
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        RuleMessages.attempt(() -> {
            ClaimPreview preview = funding.preview(organisationId, from.getValue(), to.getValue(), language);
            preview.activities().forEach(part -> result.add(new ClaimPart(part, language, true)));
            if (preview.activities().isEmpty()) {
                result.add(new Paragraph(getTranslation("funding.claims.no-activities")));
                return;
            }
            Paragraph total = new Paragraph(getTranslation("funding.claim.total", Map.of("amount", preview.totalSek())));
            total.setId("funding-total");
            Button submit = new Button(getTranslation("funding.claims.submit"), click -> {
                if (RuleMessages.attempt(() -> funding.submit(organisationId, preview.from(), preview.to()))) {
                    Notification.show(getTranslation("funding.claims.submitted"), 4000, Notification.Position.MIDDLE);
                    result.removeAll();
                    showEarlier();
                }
            });
            submit.setId("funding-submit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            result.add(total, submit);
        });
    }

    private void showEarlier() {
        earlier.removeAll();
        long organisationId = organisation.getValue().organisationId();
        var claims = funding.claimsOf(organisationId);
        if (claims.isEmpty()) {
            earlier.add(new Paragraph(getTranslation("funding.claims.none")));
        }
        claims.forEach(claim -> earlier.add(new ClaimSummary(claim, documents)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.claims.title");
    }
}
