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
    private final transient StayingSignedIn stayingSignedIn;

    /**
     * @param returnPath where to go once signed in
     * @param signedIn   what else to do for the person once their session has started
     */
    public CodeStep(SignInService signIn, StayingSignedIn stayingSignedIn, Supplier<String> emailOrPhone,
            Supplier<@Nullable String> returnPath, Consumer<SignedInPerson> signedIn, Consumer<String> message) {
        this.stayingSignedIn = stayingSignedIn;
        addClassName("form-step");
        code.setId("sign-in-code");
        code.setLabel(getTranslation("security.sign-in.code"));
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button verify = new Button(getTranslation("security.sign-in.verify"), click -> RuleMessages.attempt(() ->
                signIn.verify(emailOrPhone.get(), code.getValue()).ifPresentOrElse(person -> {
                    startSession(person, returnPath.get());
                    signedIn.accept(person);
                }, () -> {
                    code.clear();
                    message.accept(getTranslation("security.sign-in.code-wrong"));
                })));
        verify.setId("sign-in-verify");
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        stay.setId("sign-in-stay");
        stay.setLabel(getTranslation("security.sign-in.stay"));
        stay.setValue(true);
        add(code, stay, verify);
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
