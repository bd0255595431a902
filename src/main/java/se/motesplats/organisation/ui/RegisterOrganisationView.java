package se.motesplats.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import se.motesplats.area.AreaService;
import se.motesplats.area.Municipality;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.OrganisationSummary;
import se.motesplats.organisation.Registration;
import se.motesplats.shared.ui.RuleMessages;

/**
 * An association registers itself in a few fields. Whoever registers becomes its administrator and
 * can write activities at once; a coordinator verifies the association before they are published.
 */
@Route(RegisterOrganisationView.PATH)
@Menu(order = 25, title = "organisation.register.menu", icon = "vaadin:institution")
@PermitAll
public class RegisterOrganisationView extends Main implements HasDynamicTitle {

    public static final String PATH = "organiser/register";

    private final transient OrganisationService organisations;
    private final TextField name = new TextField();
    private final Select<OrganisationKind> kind = new Select<>();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final EmailField contact = new EmailField();
    private final TextField number = new TextField();

    public RegisterOrganisationView(OrganisationService organisations, AreaService areas) {
        this.organisations = organisations;
        addClassNames("register-organisation-view", "narrow-view");
        add(new H1(getTranslation("organisation.register.title")), new Paragraph(getTranslation("organisation.register.intro")));
        name.setId("register-name");
        name.setLabel(getTranslation("organisation.register.name"));
        name.setWidthFull();
        kind.setId("register-kind");
        kind.setLabel(getTranslation("organisation.register.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        kind.setValue(OrganisationKind.OTHER);
        municipality.setId("register-municipality");
        municipality.setLabel(getTranslation("organisation.register.municipality"));
        municipality.setItems(areas.municipalities());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setWidthFull();
        contact.setId("register-contact");
        contact.setLabel(getTranslation("organisation.register.contact"));
        contact.setWidthFull();
        number.setId("register-number");
        number.setLabel(getTranslation("organisation.register.number"));
        number.setHelperText(getTranslation("organisation.register.number-help"));
        Button register = new Button(getTranslation("organisation.register.submit"), click -> register());
        register.setId("register-submit");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        add(name, kind, municipality, contact, number, register);
    }

    private void register() {
        String required = getTranslation("activity.editor.required");
        name.setErrorMessage(required);
        name.setInvalid(name.isEmpty());
        municipality.setErrorMessage(required);
        municipality.setInvalid(municipality.isEmpty());
        contact.setErrorMessage(getTranslation("security.sign-in.email-invalid"));
        contact.setInvalid(contact.isEmpty() || contact.isInvalid());
        if (name.isInvalid() || municipality.isInvalid() || contact.isInvalid()) {
            return;
        }
        RuleMessages.attempt(() -> {
            OrganisationSummary registered = organisations.register(new Registration(name.getValue(), kind.getValue(),
                    municipality.getValue().code(), contact.getValue(), number.getValue()));
            removeAll();
            H1 done = new H1(getTranslation("organisation.register.done-title"));
            done.setId("register-done");
            // a full page load, so the menu shows what the new member role opens
            Anchor onwards = new Anchor("", getTranslation("organisation.register.onwards"));
            onwards.getElement().setAttribute("router-ignore", true);
            onwards.setId("register-onwards");
            add(done, new Paragraph(getTranslation("organisation.register.done", Map.of("name", registered.name()))),
                    new Paragraph(onwards));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.register.title");
    }
}
