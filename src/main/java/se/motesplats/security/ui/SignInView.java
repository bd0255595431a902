package se.motesplats.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletRequest;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.SessionAuthentication;
import se.motesplats.security.SignInService;
import se.motesplats.security.SignedInPerson;

/** Sign in with a one-time code sent by e-mail: no password to remember. */
@Route("sign-in")
@AnonymousAllowed
public class SignInView extends Main implements HasDynamicTitle {

    private final transient SignInService signIn;
    private final EmailField email = new EmailField();
    private final TextField code = new TextField();
    private final Paragraph message = new Paragraph();
    private final Div codeStep = new Div();

    public SignInView(SignInService signIn) {
        this.signIn = signIn;
        addClassNames("narrow-view", "sign-in-view");
        add(new H1(getTranslation("security.sign-in.title")));
        add(new Paragraph(getTranslation("security.sign-in.intro")));

        email.setId("sign-in-email");
        email.setLabel(getTranslation("security.sign-in.email"));
        email.setErrorMessage(getTranslation("security.sign-in.email-invalid"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("security.sign-in.send-code"), click -> sendCode());
        send.setId("sign-in-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);

        code.setId("sign-in-code");
        code.setLabel(getTranslation("security.sign-in.code"));
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button verify = new Button(getTranslation("security.sign-in.verify"), click -> verifyCode());
        verify.setId("sign-in-verify");
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        codeStep.add(code, verify);
        codeStep.setVisible(false);
        codeStep.addClassName("form-step");

        message.setId("sign-in-message");
        message.getElement().setAttribute("role", "status");
        add(email, send, codeStep, message);
    }

    private void sendCode() {
        if (email.isEmpty() || email.isInvalid()) {
            email.setInvalid(true);
            return;
        }
        SupportedLanguage language = SupportedLanguage.of(UI.getCurrent().getLocale());
        switch (signIn.requestCode(email.getValue(), language)) {
            case SENT_IF_REGISTERED -> {
                message.setText(getTranslation("security.sign-in.code-sent"));
                codeStep.setVisible(true);
                code.focus();
            }
            case TOO_MANY_REQUESTS -> message.setText(getTranslation("security.sign-in.too-many"));
        }
    }

    private void verifyCode() {
        signIn.verify(email.getValue(), code.getValue()).ifPresentOrElse(this::startSession, () -> {
            code.clear();
            message.setText(getTranslation("security.sign-in.code-wrong"));
        });
    }

    /** Puts the person into the HTTP session with a new session id, then reloads into the portal. */
    private void startSession(SignedInPerson person) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId();
        SessionAuthentication.store(person, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation("/");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.sign-in.title");
    }
}
