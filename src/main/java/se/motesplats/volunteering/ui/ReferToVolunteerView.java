package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.privacy.ConsentService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.RequestForm;
import se.motesplats.volunteering.VolunteerService;

/**
 * A case officer or coordinator, with the newcomer beside them, asks for a volunteer on the
 * newcomer's behalf: who they are (first name, e-mail, the language their messages come in), their
 * consent, and the same questions the newcomer would answer. The request joins the queue as referred.
 */
@Route(ReferToVolunteerView.PATH)
@Menu(order = 34, title = "volunteering.refer.menu", icon = "vaadin:user-heart")
@RolesAllowed({Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class ReferToVolunteerView extends Main implements HasDynamicTitle {

    public static final String PATH = "matching/refer";

    public ReferToVolunteerView(MatchingService matching, VolunteerService volunteers, AccountService accounts, ConsentService consents,
            AreaService areas) {
        addClassNames("narrow-view", "refer-to-volunteer-view");
        TextField firstName = new TextField(getTranslation("people.join.first-name"));
        firstName.setId("refer-first-name");
        firstName.setMaxLength(100);
        firstName.setWidthFull();
        EmailField email = new EmailField(getTranslation("security.sign-in.email"));
        email.setId("refer-email");
        email.setErrorMessage(getTranslation("security.sign-in.email-invalid"));
        email.setWidthFull();
        Select<SupportedLanguage> language = new Select<>();
        language.setId("refer-language");
        language.setLabel(getTranslation("signup.refer.language"));
        language.setItems(SupportedLanguage.values());
        language.setItemLabelGenerator(SupportedLanguage::nativeName);
        language.setValue(SupportedLanguage.SOURCE);
        RequestFields fields = new RequestFields(volunteers.programmes(), areas);
        Checkbox consent = new Checkbox(getTranslation("volunteering.refer.consent"));
        consent.setId("refer-consent");
        consent.setErrorMessage(getTranslation("volunteering.rule.consent-needed"));
        Paragraph result = new Paragraph();
        result.setId("refer-result");
        result.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("volunteering.refer.send"), click -> {
            email.setInvalid(email.isEmpty() || email.isInvalid());
            consent.setInvalid(!consent.getValue());
            if (email.isInvalid() || consent.isInvalid()) {
                return;
            }
            RequestForm request = fields.form();
            if (RuleMessages.attempt(() -> {
                long newcomer = accounts.registerReferred(email.getValue(), firstName.getValue(), language.getValue());
                consents.giveOnBehalf(newcomer, Set.of(ConsentPurpose.TERMS_AND_PRIVACY), language.getValue());
                matching.refer(newcomer, request, language.getValue());
            })) {
                result.setText(getTranslation("volunteering.refer.done", Map.of("name", firstName.getValue())));
                firstName.clear();
                email.clear();
                consent.clear();
            }
        });
        send.setId("refer-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("volunteering.refer.title")), new Paragraph(getTranslation("volunteering.refer.intro")), firstName,
                email, language, new H2(getTranslation("volunteering.refer.wishes")), fields, consent, send, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.refer.title");
    }
}
