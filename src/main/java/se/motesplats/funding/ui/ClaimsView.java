package se.motesplats.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.motesplats.funding.Claim;
import se.motesplats.funding.ClaimDocuments;
import se.motesplats.funding.FundingService;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.RuleMessages;

/** Coordinators decide on the claims of associations in their areas: approve, or reject with a reason. */
@Route(ClaimsView.PATH)
@Menu(order = 35, title = "funding.decide.menu", icon = "vaadin:money-exchange")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class ClaimsView extends Main implements HasDynamicTitle {

    public static final String PATH = "claims";

    private final transient FundingService funding;
    private final transient ClaimDocuments documents;

    public ClaimsView(FundingService funding, ClaimDocuments documents) {
        this.funding = funding;
        this.documents = documents;
        addClassName("claims-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("funding.decide.title")));
        List<Claim> waiting = funding.awaitingDecision();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("funding.decide.none")));
        }
        for (Claim claim : waiting) {
            ClaimSummary summary = new ClaimSummary(claim, documents);
            Button approve = new Button(getTranslation("funding.decide.approve"), click -> act(() -> funding.approve(claim.id())));
            approve.setId("approve-" + claim.id());
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            TextField reason = new TextField(getTranslation("funding.decide.reason"));
            reason.setId("reject-reason-" + claim.id());
            reason.setMaxLength(1000);
            Button reject = new Button(getTranslation("funding.decide.reject"), click -> act(() -> funding.reject(claim.id(), reason.getValue())));
            reject.setId("reject-" + claim.id());
            reject.addThemeVariants(ButtonVariant.ERROR);
            summary.add(new Div(approve), new Div(reason, reject));
            add(summary);
        }
    }

    private void act(Runnable action) {
        if (RuleMessages.attempt(action)) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.decide.title");
    }
}
