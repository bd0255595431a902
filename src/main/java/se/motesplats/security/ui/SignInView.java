package se.motesplats.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.EmailOrPhone;
import se.motesplats.security.SecondFactor;
import se.motesplats.security.SignInService;
import se.motesplats.security.StayingSignedIn;

/** Sign in with a one-time code sent by e-mail or SMS: no password to remember. */
@Route("sign-in")
@AnonymousAllowed
public class SignInView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** Where people without an account join; a path, as the people module sits above this one. */
    static final String JOIN_PATH = "join";

    private final transient SignInService signIn;
    private final TextField emailOrPhone = new TextField();
    private final Paragraph message = new Paragraph();
    private final CodeStep codeStep;
    private @Nullable String returnPath;

    public SignInView(SignInService signIn, SecondFactor secondFactor, StayingSignedIn stayingSignedIn) {
        this.signIn = signIn;
        addClassNames("narrow-view", "sign-in-view");
        add(new H1(getTranslation("security.sign-in.title")));
        add(new Paragraph(getTranslation("security.sign-in.intro")));

        emailOrPhone.setId("sign-in-email");
        emailOrPhone.setLabel(getTranslation("security.sign-in.email-or-phone"));
        emailOrPhone.setErrorMessage(getTranslation("security.sign-in.email-or-phone-invalid"));
        // "username", not "email" or "tel": the browser then offers whichever the person used before
        emailOrPhone.setAutocomplete(Autocomplete.USERNAME);
        emailOrPhone.setWidthFull();
        emailOrPhone.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("security.sign-in.send-code"), click -> sendCode());
        send.setId("sign-in-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);

        codeStep = new CodeStep(signIn, secondFactor, stayingSignedIn, emailOrPhone::getValue, () -> returnPath, person -> { }, message::setText);
        codeStep.setVisible(false);
        Anchor join = new Anchor(JOIN_PATH, getTranslation("security.sign-in.new-here"));
        join.setId("sign-in-join");

        message.setId("sign-in-message");
        message.getElement().setAttribute("role", "status");
        add(emailOrPhone, send, codeStep, message, passkeySignIn(), new Paragraph(join));
    }

    /** No code needed: the phone's screen lock unlocks a passkey added on "My devices". */
    private PasskeyCeremony passkeySignIn() {
        Button withPasskey = new Button(getTranslation("security.passkey.sign-in"));
        withPasskey.setId("sign-in-passkey");
        withPasskey.addThemeVariants(ButtonVariant.TERTIARY);
        PasskeyCeremony ceremony = new PasskeyCeremony(PasskeyCeremony.Kind.SIGN_IN, withPasskey);
        ceremony.whenDone(done -> UI.getCurrent().getPage().setLocation("/" + CodeStep.safeReturnPath(returnPath)));
        ceremony.whenFailed(failed -> message.setText(getTranslation(failed.messageKey())));
        return ceremony;
    }

    private void sendCode() {
        emailOrPhone.setInvalid(EmailOrPhone.parse(emailOrPhone.getValue()).isEmpty());
        if (emailOrPhone.isInvalid()) {
            return;
        }
        SupportedLanguage language = SupportedLanguage.of(UI.getCurrent().getLocale());
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnPath = event.getLocation().getQueryParameters().getSingleParameter("return").orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.sign-in.title");
    }
}
