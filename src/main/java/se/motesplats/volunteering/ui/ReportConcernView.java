package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.motesplats.area.AreaService;
import se.motesplats.area.Municipality;
import se.motesplats.security.CurrentPerson;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.volunteering.ConcernService;

/**
 * Anyone can tell the coordinators, confidentially, about a worry with a volunteer, a contact family
 * or a match. Signed-in people may still stay anonymous; nothing here asks for more than needed.
 */
@Route(ReportConcernView.PATH)
@AnonymousAllowed
public class ReportConcernView extends Main implements HasDynamicTitle {

    public static final String PATH = "report-concern";

    public ReportConcernView(ConcernService concerns, AreaService areas) {
        addClassNames("narrow-view", "report-concern-view");
        TextField about = new TextField(getTranslation("volunteering.concern.about"));
        about.setId("concern-about");
        about.setHelperText(getTranslation("volunteering.concern.about-help"));
        about.setMaxLength(200);
        about.setRequired(true);
        about.setWidthFull();
        TextArea description = new TextArea(getTranslation("volunteering.concern.description"));
        description.setId("concern-description");
        description.setMaxLength(4000);
        description.setRequired(true);
        description.setMinHeight("8rem");
        description.setWidthFull();
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("volunteering.concern.municipality"));
        municipality.setId("concern-municipality");
        municipality.setItems(areas.municipalities());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setWidthFull();
        Checkbox anonymous = new Checkbox(getTranslation("volunteering.concern.anonymous"));
        anonymous.setId("concern-anonymous");
        anonymous.setVisible(CurrentPerson.get().isPresent());
        Paragraph result = new Paragraph();
        result.setId("concern-result");
        result.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("volunteering.concern.send"), click -> {
            if (RuleMessages.attempt(() -> concerns.report(about.getValue(), description.getValue(),
                    municipality.getValue() == null ? null : municipality.getValue().code(), anonymous.getValue()))) {
                about.clear();
                description.clear();
                result.setText(getTranslation("volunteering.concern.sent"));
            }
        });
        send.setId("concern-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("volunteering.concern.title")), new Paragraph(getTranslation("volunteering.concern.intro")), about,
                description, municipality, anonymous, send, result,
                new Paragraph(getTranslation("volunteering.concern.emergency")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.concern.title");
    }
}
