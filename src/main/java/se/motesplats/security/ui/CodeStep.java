package se.motesplats.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.context.SecurityContextHolder;
import se.motesplats.security.SessionAuthentication;
import se.motesplats.security.SecondFactor;
import se.motesplats.security.SignInService;
import se.motesplats.security.SignedInPerson;
import se.motesplats.security.StayingSignedIn;
import se.motesplats.shared.ui.RuleMessages;

/**
 * The second step of signing in or joining: type the six-digit code from the e-mail or SMS. Phones offer
 * the code from the message themselves ({@code autocomplete=one-time-code}).
 */
@NamedInterface("ui")
public class CodeStep extends Div {

    private final TextField code = new TextField();
    private final Checkbox stay = new Checkbox();
    private final TextField appCode = new TextField();
    private final Button verify;
    private final Button appVerify = new Button();
    private final transient StayingSignedIn stayingSignedIn;
    private transient @Nullable SignedInPerson awaitingSecondFactor;

    /**
     * @param returnPath where to go once signed in
     * @param signedIn   what else to do for the person once their session has started
     */
    public CodeStep(SignInService signIn, SecondFactor secondFactor, StayingSignedIn stayingSignedIn, Supplier<String> emailOrPhone,
            Supplier<@Nullable String> returnPath, Consumer<SignedInPerson> signedIn, Consumer<String> message) {
        this.stayingSignedIn = stayingSignedIn;
        addClassName("form-step");
        code.setId("sign-in-code");
        code.setLabel(getTranslation("security.sign-in.code"));
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        verify = new Button(getTranslation("security.sign-in.verify"), click -> RuleMessages.attempt(() ->
                signIn.verify(emailOrPhone.get(), code.getValue()).ifPresentOrElse(person -> {
                    if (secondFactor.requiredFor(person) && secondFactor.enrolled(person.accountId())) {
                        askForAppCode(person);
                        return;
                    }
                    // staff who have not enrolled yet start without their staff roles, on the enrolment page
                    boolean mustEnrol = secondFactor.requiredFor(person);
                    startSession(secondFactor.limitedUntilConfirmed(person), mustEnrol ? SecondFactorView.PATH : returnPath.get());
                    signedIn.accept(person);
                }, () -> {
                    code.clear();
                    message.accept(getTranslation("security.sign-in.code-wrong"));
                })));
        verify.setId("sign-in-verify");
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        appCode.setId("sign-in-app-code");
        appCode.setLabel(getTranslation("security.second-factor.code"));
        appCode.setHelperText(getTranslation("security.second-factor.code-help"));
        appCode.setMaxLength(6);
        appCode.setAllowedCharPattern("[0-9]");
        appCode.getElement().setAttribute("inputmode", "numeric");
        appCode.getElement().setAttribute("autocomplete", "one-time-code");
        appCode.setVisible(false);
        appVerify.setText(getTranslation("security.sign-in.verify"));
        appVerify.setId("sign-in-app-verify");
        appVerify.addThemeVariants(ButtonVariant.PRIMARY);
        appVerify.setVisible(false);
        appVerify.addClickListener(click -> RuleMessages.attempt(() -> {
            SignedInPerson person = awaitingSecondFactor;
            if (person != null && secondFactor.verify(person, appCode.getValue())) {
                startSession(person, returnPath.get());
                signedIn.accept(person);
            } else {
                appCode.clear();
                message.accept(getTranslation("security.second-factor.wrong"));
            }
        }));
        stay.setId("sign-in-stay");
        stay.setLabel(getTranslation("security.sign-in.stay"));
        stay.setValue(true);
        add(code, stay, verify, appCode, appVerify);
    }

    /** The e-mail or SMS code was right; staff confirm with their authenticator app before the session starts. */
    private void askForAppCode(SignedInPerson person) {
        awaitingSecondFactor = person;
        code.setVisible(false);
        verify.setVisible(false);
        appCode.setVisible(true);
        appVerify.setVisible(true);
        appCode.focus();
    }

    public void focus() {
        code.focus();
    }

    /**
     * Puts the person into the HTTP session with a new session id, remembers this browser if they
     * want to stay signed in, then loads the page they came for: a path inside the portal, never
     * another site.
     */
    private void startSession(SignedInPerson person, @Nullable String returnPath) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        request.changeSessionId();
        SessionAuthentication.store(person, request, response);
        if (stay.getValue()) {
            stayingSignedIn.remember(SecurityContextHolder.getContext().getAuthentication(), request, response);
        }
        UI.getCurrent().getPage().setLocation("/" + safeReturnPath(returnPath));
    }

    static String safeReturnPath(@Nullable String path) {
        return path != null && path.matches("[a-z0-9][a-z0-9/-]{0,100}") ? path : "";
    }
}
