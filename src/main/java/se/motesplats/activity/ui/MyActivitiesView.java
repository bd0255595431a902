package se.motesplats.activity.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivityStatus;
import se.motesplats.activity.ActivitySummary;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.Pictogram;

/** An association's activities with the next step for each: edit, send for approval, publish. */
@Route(MyActivitiesView.PATH)
@Menu(order = 20, title = "activity.mine.menu", icon = "vaadin:calendar-user")
@RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.ADMINISTRATOR})
public class MyActivitiesView extends Main implements HasDynamicTitle {

    public static final String PATH = "organiser/activities";

    private final transient ActivityService activities;
    private final Div list = new Div();

    public MyActivitiesView(ActivityService activities) {
        this.activities = activities;
        addClassName("my-activities-view");
        add(new H1(getTranslation("activity.mine.title")));
        Button create = new Button(getTranslation("activity.mine.new"), new Pictogram("vaadin:plus"),
                click -> UI.getCurrent().navigate(ActivityEditorView.class));
        create.setId("activity-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        list.setId("my-activities");
        add(create, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        for (ActivitySummary activity : activities.mine()) {
            Div row = new Div();
            row.addClassName("activity-row");
            row.getElement().setAttribute("data-activity", String.valueOf(activity.id()));
            row.add(new H2(activity.title()), new StatusBadge(activity.status()));
            row.add(new Paragraph(activity.organisationName() + (activity.nextStart() == null ? ""
                    : " · " + Formats.meeting(activity.nextStart(), language, Zones.STOCKHOLM))));
            if (activity.returnComment() != null) {
                Paragraph comment = new Paragraph(getTranslation("activity.mine.returned", Map.of("comment", activity.returnComment())));
                comment.addClassName("return-comment");
                row.add(comment);
            }
            Div actions = new Div();
            actions.addClassName("row-actions");
            if (activity.status() != ActivityStatus.ENDED && activity.status() != ActivityStatus.CANCELLED) {
                actions.add(action("edit", "activity.mine.edit", () -> UI.getCurrent().navigate(ActivityEditorView.class,
                        new RouteParameters("id", String.valueOf(activity.id())))));
            }
            if (activity.status() == ActivityStatus.DRAFT || activity.status() == ActivityStatus.RETURNED) {
                actions.add(action("submit", "activity.mine.submit", () -> activities.submit(activity.id())));
            }
            if (activity.status() == ActivityStatus.APPROVED) {
                actions.add(action("publish", "activity.mine.publish", () -> activities.publish(activity.id())));
            }
            if (activity.status() == ActivityStatus.PUBLISHED) {
                actions.add(action("end", "activity.mine.end", () -> activities.end(activity.id())));
            }
            row.add(actions);
            list.add(row);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("activity.mine.none")));
        }
    }

    private Button action(String name, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> {
            if (RuleMessages.attempt(action)) {
                refresh();
            }
        });
        button.addClassName("action-" + name);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.mine.title");
    }
}
