package se.motesplats.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import se.motesplats.activity.ActivityHeadline;
import se.motesplats.activity.ActivityService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.privacy.ConsentService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.signup.SignupOutcome;
import se.motesplats.signup.SignupService;
import se.motesplats.signup.SignupStatus;

/**
 * A case officer, with the newcomer beside them, signs the newcomer up to an activity: first name,
 * e-mail, the language their messages come in, their consent, and whether it is part of their
 * establishment plan. Referrals may use the places the organiser keeps for them.
 */
@Route(ReferView.PATH + "/:activity")
@RolesAllowed({Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class ReferView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "refer";

    private final transient SignupService signups;
    private final transient AccountService accounts;
    private final transient ConsentService consents;
    private final transient ActivityService activities;
    private final TextField firstName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<SupportedLanguage> language = new Select<>();
    private final Checkbox consent = new Checkbox();
    private final Checkbox establishmentPlan = new Checkbox();
    private final Paragraph result = new Paragraph();
    private long activityId;

    public ReferView(SignupService signups, AccountService accounts, ConsentService consents, ActivityService activities) {
        this.signups = signups;
        this.accounts = accounts;
        this.consents = consents;
        this.activities = activities;
        addClassNames("narrow-view", "refer-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        activityId = event.getRouteParameters().getLong("activity").orElse(-1L);
        ActivityHeadline activity = activities.headline(activityId, SupportedLanguage.of(getLocale()))
                .orElseThrow(NotFoundException::new);
        removeAll();
        add(new H1(getTranslation("signup.refer.title")), new Paragraph(activity.title()),
                new Paragraph(getTranslation("signup.refer.intro")));
        firstName.setId("refer-first-name");
        firstName.setLabel(getTranslation("people.join.first-name"));
        firstName.setMaxLength(100);
        firstName.setWidthFull();
        email.setId("refer-email");
        email.setLabel(getTranslation("security.sign-in.email"));
        email.setErrorMessage(getTranslation("security.sign-in.email-invalid"));
        email.setWidthFull();
        language.setId("refer-language");
        language.setLabel(getTranslation("signup.refer.language"));
        language.setItems(SupportedLanguage.values());
        language.setItemLabelGenerator(SupportedLanguage::nativeName);
        language.setValue(SupportedLanguage.SOURCE);
        consent.setId("refer-consent");
        consent.setLabel(getTranslation("signup.refer.consent"));
        consent.setErrorMessage(getTranslation("signup.refer.consent-needed"));
        establishmentPlan.setId("refer-establishment-plan");
        establishmentPlan.setLabel(getTranslation("signup.refer.establishment-plan"));
        Button refer = new Button(getTranslation("signup.refer.submit"), click -> refer());
        refer.setId("refer-submit");
        refer.addThemeVariants(ButtonVariant.PRIMARY);
        result.setId("refer-result");
        result.getElement().setAttribute("role", "status");
        add(firstName, email, language, consent, establishmentPlan, refer, result);
    }

    private void refer() {
        email.setInvalid(email.isEmpty() || email.isInvalid());
        consent.setInvalid(!consent.getValue());
        if (email.isInvalid() || consent.isInvalid()) {
            return;
        }
        RuleMessages.attempt(() -> {
            long newcomer = accounts.registerReferred(email.getValue(), firstName.getValue(), language.getValue());
            consents.giveOnBehalf(newcomer, Set.of(ConsentPurpose.TERMS_AND_PRIVACY, ConsentPurpose.SHARING_WITH_CASE_OFFICER),
                    language.getValue());
            SignupOutcome outcome = signups.refer(activityId, null, newcomer, establishmentPlan.getValue());
            result.setText(outcome.status() == SignupStatus.CONFIRMED
                    ? getTranslation("signup.refer.confirmed", Map.of("name", firstName.getValue()))
                    : getTranslation("signup.refer.waiting", Map.of("name", firstName.getValue(), "position", outcome.waitingPosition())));
            firstName.clear();
            email.clear();
            consent.clear();
            establishmentPlan.clear();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.refer.title");
    }
}
