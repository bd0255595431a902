package se.motesplats.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.motesplats.funding.FundingScheme;
import se.motesplats.funding.FundingService;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.RuleMessages;

/**
 * Administrators set each funding scheme's numbers: the amount per participant, the meetings an
 * activity must hold, participants per leader, the meetings a participant must attend, and what a
 * meeting below the leader ratio does. Claims already sent keep what they were computed with.
 */
@Route(FundingSchemesView.PATH)
@Menu(order = 93, title = "funding.schemes.menu", icon = "vaadin:scale")
@RolesAllowed(Roles.ADMINISTRATOR)
public class FundingSchemesView extends Main implements HasDynamicTitle {

    public static final String PATH = "funding-schemes";

    private final transient FundingService funding;

    public FundingSchemesView(FundingService funding) {
        this.funding = funding;
        addClassNames("narrow-view", "funding-schemes-view");
        add(new H1(getTranslation("funding.schemes.title")));
        funding.schemes().forEach(scheme -> add(editor(scheme)));
    }

    private Component editor(FundingScheme scheme) {
        String id = scheme.code().toLowerCase(java.util.Locale.ROOT);
        TextField name = new TextField(getTranslation("funding.schemes.name"), scheme.name(), "");
        name.setId("scheme-name-" + id);
        name.setWidthFull();
        IntegerField amount = number("funding.schemes.amount", scheme.amountPerParticipantSek(), "scheme-amount-" + id);
        IntegerField meetings = number("funding.schemes.min-meetings", scheme.minMeetings(), "scheme-meetings-" + id);
        IntegerField ratio = number("funding.schemes.participants-per-leader", scheme.participantsPerLeader(), "scheme-ratio-" + id);
        ratio.setHelperText(getTranslation("funding.schemes.participants-per-leader-help"));
        IntegerField attendances = number("funding.schemes.min-attendances", scheme.minAttendances(), "scheme-attendances-" + id);
        Select<FundingScheme.BelowRatio> below = new Select<>();
        below.setId("scheme-below-ratio-" + id);
        below.setLabel(getTranslation("funding.schemes.below-ratio"));
        below.setItems(FundingScheme.BelowRatio.values());
        below.setItemLabelGenerator(value -> getTranslation("funding.schemes.below-ratio." + value.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-')));
        below.setValue(scheme.belowRatio());
        Checkbox plan = new Checkbox(getTranslation("funding.schemes.plan"), scheme.requiresApprovedPlan());
        plan.setId("scheme-plan-" + id);
        Button save = new Button(getTranslation("funding.schemes.save"), click -> {
            FundingScheme changed = new FundingScheme(scheme.code(), name.getValue().isBlank() ? scheme.name() : name.getValue().strip(),
                    value(amount), value(meetings), value(ratio), value(attendances), below.getValue(), plan.getValue());
            if (RuleMessages.attempt(() -> funding.configure(changed))) {
                Notification.show(getTranslation("funding.schemes.saved"), 3000, Notification.Position.MIDDLE);
            }
        });
        save.setId("scheme-save-" + id);
        Div card = new Div(new H2(scheme.code()), name, amount, meetings, ratio, attendances, below, plan, save);
        card.addClassName("card");
        return card;
    }

    private IntegerField number(String labelKey, int value, String id) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setStepButtonsVisible(true);
        field.setValue(value);
        return field;
    }

    /** An empty or unreadable field counts as -1, which the service refuses with a message. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.schemes.title");
    }
}
