package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import se.motesplats.area.AreaService;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.volunteering.Programme;
import se.motesplats.volunteering.Requirement;
import se.motesplats.volunteering.VolunteerService;

/** Administrators set each programme's requirements, expected commitment and the counties where it runs. */
@Route(ProgrammesView.PATH)
@Menu(order = 92, title = "volunteering.programmes.menu", icon = "vaadin:cogs")
@RolesAllowed(Roles.ADMINISTRATOR)
public class ProgrammesView extends Main implements HasDynamicTitle {

    public static final String PATH = "programmes";

    private final transient VolunteerService volunteers;

    public ProgrammesView(VolunteerService volunteers, AreaService areas) {
        this.volunteers = volunteers;
        addClassNames("narrow-view", "programmes-view");
        add(new H1(getTranslation("volunteering.programmes.title")));
        Map<String, String> counties = areas.counties();
        volunteers.programmes().forEach(programme -> add(editor(programme, counties)));
    }

    private Component editor(Programme programme, Map<String, String> counties) {
        String id = programme.kind().name().toLowerCase(java.util.Locale.ROOT);
        CheckboxGroup<Requirement> requirements = new CheckboxGroup<>(getTranslation("volunteering.programmes.requirements"));
        requirements.setId("programme-requirements-" + id);
        requirements.setItems(Requirement.values());
        requirements.setItemLabelGenerator(requirement -> Labels.of(this, requirement));
        requirements.setValue(programme.requirements());
        IntegerField weeks = new IntegerField(getTranslation("volunteering.programmes.weeks"));
        weeks.setId("programme-weeks-" + id);
        weeks.setMin(1);
        weeks.setMax(12);
        weeks.setStepButtonsVisible(true);
        weeks.setValue(programme.meetEveryWeeks());
        IntegerField months = new IntegerField(getTranslation("volunteering.programmes.months"));
        months.setId("programme-months-" + id);
        months.setMin(1);
        months.setMax(36);
        months.setStepButtonsVisible(true);
        months.setValue(programme.periodMonths());
        MultiSelectComboBox<String> where = new MultiSelectComboBox<>(getTranslation("volunteering.programmes.counties"));
        where.setId("programme-counties-" + id);
        where.setHelperText(getTranslation("volunteering.programmes.counties-help"));
        where.setItems(counties.keySet());
        where.setItemLabelGenerator(counties::get);
        where.setValue(programme.counties());
        where.setWidthFull();
        Button save = new Button(getTranslation("volunteering.programmes.save"), click -> {
            if (RuleMessages.attempt(() -> volunteers.configure(programme.kind(), requirements.getValue(),
                    weeks.getValue() == null ? 0 : weeks.getValue(), months.getValue() == null ? 0 : months.getValue(), where.getValue()))) {
                Notification.show(getTranslation("volunteering.programmes.saved"), 3000, Notification.Position.MIDDLE);
            }
        });
        save.setId("programme-save-" + id);
        Div card = new Div(new H2(Labels.of(this, programme.kind())), requirements, weeks, months, where, save);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.programmes.title");
    }
}
