package se.motesplats.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivitySummary;
import se.motesplats.area.AreaService;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.RuleMessages;

/** Activities waiting for a coordinator of their municipality: approve, or return with a comment. */
@Route(ApprovalQueueView.PATH)
@Menu(order = 30, title = "activity.approval.menu", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class ApprovalQueueView extends Main implements HasDynamicTitle {

    public static final String PATH = "coordinator/approvals";

    private final transient ActivityService activities;
    private final transient AreaService areas;
    private final Div queue = new Div();

    public ApprovalQueueView(ActivityService activities, AreaService areas) {
        this.activities = activities;
        this.areas = areas;
        addClassName("approval-queue-view");
        queue.setId("approval-queue");
        add(new H1(getTranslation("activity.approval.title")), queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        for (ActivitySummary activity : activities.awaitingApproval()) {
            Div row = new Div();
            row.addClassName("activity-row");
            row.getElement().setAttribute("data-activity", String.valueOf(activity.id()));
            Anchor open = new Anchor(ActivityDetailView.PATH + "/" + activity.id(), activity.title());
            open.getElement().setAttribute("router-link", true);
            H2 title = new H2(open);
            row.add(title, new Paragraph(activity.organisationName() + " · " + areas.municipalityName(activity.municipalityCode())));
            TextArea comment = new TextArea(getTranslation("activity.approval.comment"));
            comment.addClassName("return-comment-field");
            comment.setWidthFull();
            Button approve = new Button(getTranslation("activity.approval.approve"), click -> act(() -> activities.approve(activity.id())));
            approve.addClassName("action-approve");
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            Button send = new Button(getTranslation("activity.approval.return"),
                    click -> act(() -> activities.returnToOrganiser(activity.id(), comment.getValue())));
            send.addClassName("action-return");
            Div actions = new Div(approve, send);
            actions.addClassName("row-actions");
            row.add(comment, actions);
            queue.add(row);
        }
        if (queue.getChildren().findAny().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("activity.approval.none"));
            none.setId("approval-none");
            queue.add(none);
        }
    }

    private void act(Runnable action) {
        if (RuleMessages.attempt(action)) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.approval.title");
    }
}
