package se.motesplats.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.privacy.ConsentService;
import se.motesplats.privacy.ui.PrivacyNoticeView;
import se.motesplats.security.AccountService;
import se.motesplats.security.EmailOrPhone;
import se.motesplats.security.SecondFactor;
import se.motesplats.security.SignInService;
import se.motesplats.security.SignedInPerson;
import se.motesplats.security.StayingSignedIn;
import se.motesplats.security.ui.CodeStep;
import se.motesplats.shared.ui.RuleMessages;

/**
 * Joining takes a first name, an e-mail address or a mobile number, and agreeing to the privacy
 * notice; a code by e-mail or SMS proves the address or number and signs the person in, and they
 * go back to what they were doing (usually signing up to an activity). No password, no personal
 * identity number.
 */
@NamedInterface("ui")
@Route(JoinView.PATH)
@AnonymousAllowed
public class JoinView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String PATH = "join";

    private final transient AccountService accounts;
    private final transient SignInService signIn;
    private final transient ConsentService consents;
    private final TextField firstName = new TextField();
    private final TextField emailOrPhone = new TextField();
    private final Checkbox terms = new Checkbox();
    private final Checkbox contact = new Checkbox();
    private final Paragraph message = new Paragraph();
    private final CodeStep codeStep;
    private @Nullable String returnPath;

    public JoinView(AccountService accounts, SignInService signIn, SecondFactor secondFactor, StayingSignedIn stayingSignedIn,
            ConsentService consents) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.consents = consents;
        addClassNames("narrow-view", "join-view");
        add(new H1(getTranslation("people.join.title")));
        add(new Paragraph(getTranslation("people.join.intro")));

        firstName.setId("join-first-name");
        firstName.setLabel(getTranslation("people.join.first-name"));
        firstName.setHelperText(getTranslation("people.join.first-name-help"));
        firstName.setAutocomplete(Autocomplete.GIVEN_NAME);
        firstName.setMaxLength(100);
        firstName.setRequiredIndicatorVisible(true);
        firstName.setErrorMessage(getTranslation("people.join.first-name-missing"));
        firstName.setWidthFull();
        emailOrPhone.setId("join-email");
        emailOrPhone.setLabel(getTranslation("security.sign-in.email-or-phone"));
        emailOrPhone.setAutocomplete(Autocomplete.USERNAME);
        emailOrPhone.setRequiredIndicatorVisible(true);
        emailOrPhone.setErrorMessage(getTranslation("security.sign-in.email-or-phone-invalid"));
        emailOrPhone.setWidthFull();

        terms.setId("join-terms");
        terms.setLabel(getTranslation(ConsentPurpose.TERMS_AND_PRIVACY.translationKey()));
        terms.setRequiredIndicatorVisible(true);
        terms.setErrorMessage(getTranslation("people.join.terms-needed"));
        Anchor notice = new Anchor(PrivacyNoticeView.PATH, getTranslation("people.join.read-notice"), AnchorTarget.BLANK);
        notice.setId("join-privacy-notice");
        contact.setId("join-contact");
        contact.setLabel(getTranslation(ConsentPurpose.BEING_CONTACTED.translationKey()));

        Button send = new Button(getTranslation("security.sign-in.send-code"), click -> sendCode());
        send.setId("join-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        codeStep = new CodeStep(signIn, secondFactor, stayingSignedIn, emailOrPhone::getValue, () -> returnPath, this::joined, message::setText);
        codeStep.setVisible(false);
        message.setId("sign-in-message");
        message.getElement().setAttribute("role", "status");
        Div consentsBox = new Div(terms, new Paragraph(notice), contact);
        consentsBox.addClassName("consents");
        add(firstName, emailOrPhone, consentsBox, send, codeStep, message);
    }

    /** Query parameters that bring the person back to a path of the portal once they have joined. */
    public static QueryParameters returningTo(String path) {
        return QueryParameters.of("return", path);
    }

    private void sendCode() {
        firstName.setInvalid(firstName.getValue().isBlank());
        emailOrPhone.setInvalid(EmailOrPhone.parse(emailOrPhone.getValue()).isEmpty());
        terms.setInvalid(!terms.getValue());
        if (firstName.isInvalid() || emailOrPhone.isInvalid() || terms.isInvalid()) {
            return;
        }
        SupportedLanguage language = SupportedLanguage.of(UI.getCurrent().getLocale());
        if (!RuleMessages.attempt(() -> accounts.join(emailOrPhone.getValue(), firstName.getValue(), language))) {
            return;
        }
        switch (signIn.requestCode(emailOrPhone.getValue(), language)) {
            case SENT_IF_REGISTERED -> {
                message.setText(getTranslation("security.sign-in.code-sent"));
                codeStep.setVisible(true);
                codeStep.focus();
            }
            case TOO_MANY_REQUESTS -> message.setText(getTranslation("security.sign-in.too-many"));
            case SMS_UNAVAILABLE -> message.setText(getTranslation("security.sign-in.sms-unavailable"));
        }
    }

    /** Consent is recorded once the code proved the address or number, for the person it proved. */
    private void joined(SignedInPerson person) {
        Set<ConsentPurpose> given = EnumSet.of(ConsentPurpose.TERMS_AND_PRIVACY);
        if (contact.getValue()) {
            given.add(ConsentPurpose.BEING_CONTACTED);
        }
        consents.give(given, SupportedLanguage.of(UI.getCurrent().getLocale()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnPath = event.getLocation().getQueryParameters().getSingleParameter("return").orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.join.title");
    }
}
