package se.motesplats.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Function;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Passkeys;
import se.motesplats.security.SecondFactor;
import se.motesplats.security.SessionAuthentication;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.ui.QrCodeImage;
import se.motesplats.shared.ui.RuleMessages;

/**
 * Staff set up their authenticator app here (scan or type the secret, confirm with a code), or a passkey
 * instead, and confirm a session that started without their staff roles, for example on a remembered device.
 */
@Route(SecondFactorView.PATH)
@PermitAll
public class SecondFactorView extends Main implements HasDynamicTitle {

    public static final String PATH = "second-factor";

    private final transient SecondFactor secondFactor;
    private final transient Passkeys passkeys;
    private final Paragraph message = new Paragraph();

    public SecondFactorView(SecondFactor secondFactor, Passkeys passkeys) {
        this.secondFactor = secondFactor;
        this.passkeys = passkeys;
        addClassNames("narrow-view", "second-factor-view");
        add(new H1(getTranslation("security.second-factor.title")));
        message.setId("second-factor-message");
        message.getElement().setAttribute("role", "status");
        long me = CurrentPerson.required().accountId();
        Optional<SignedInPerson> unconfirmed = secondFactor.unconfirmedCaller();
        boolean app = secondFactor.enrolled(me);
        boolean passkey = passkeys.has(me);
        if (unconfirmed.isPresent() && (app || passkey)) {
            add(new Paragraph(getTranslation(app ? "security.second-factor.confirm-intro" : "security.passkey.confirm-intro")));
            if (passkey) {
                add(confirmWithPasskey());
            }
            if (app) {
                add(codeForm("second-factor-confirm", secondFactor::confirm));
            }
        } else if (unconfirmed.isPresent() || secondFactor.requiredFor(CurrentPerson.required())) {
            if (app) {
                add(new Paragraph(getTranslation("security.second-factor.enrolled")));
                Button replace = new Button(getTranslation("security.second-factor.replace"), click -> {
                    click.getSource().setVisible(false);
                    add(enrolment());
                });
                replace.setId("second-factor-replace");
                add(replace);
            } else {
                add(new Paragraph(getTranslation("security.second-factor.why")), enrolment());
                if (unconfirmed.isPresent() && passkeys.mayAdd()) {
                    add(new H2(getTranslation("security.passkey.instead")), addPasskey());
                }
            }
        } else {
            add(new Paragraph(getTranslation("security.second-factor.not-needed")));
        }
        add(message);
    }

    /** A passkey counts as the second factor: it is checked on the person's device with their screen lock. */
    private PasskeyCeremony confirmWithPasskey() {
        Button confirm = new Button(getTranslation("security.passkey.confirm"));
        confirm.setId("second-factor-passkey");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        PasskeyCeremony ceremony = new PasskeyCeremony(PasskeyCeremony.Kind.SIGN_IN, confirm);
        ceremony.whenDone(done -> UI.getCurrent().getPage().setLocation("/"));
        ceremony.whenFailed(failed -> message.setText(getTranslation(failed.messageKey())));
        return ceremony;
    }

    /** Staff who have no second factor yet may make a passkey theirs instead of an app, then confirm with it. */
    private PasskeyCeremony addPasskey() {
        passkeys.prepareToAdd();
        TextField label = new TextField(getTranslation("security.passkey.name"));
        label.setId("second-factor-passkey-label");
        label.setMaxLength(60);
        label.setValue(Passkeys.suggestedLabel(VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getHeader("User-Agent")));
        Button add = new Button(getTranslation("security.passkey.add"));
        add.setId("second-factor-passkey-add");
        PasskeyCeremony ceremony = new PasskeyCeremony(PasskeyCeremony.Kind.REGISTER, label, add);
        ceremony.addClassName("form-step");
        ceremony.whenDone(done -> {
            ceremony.setVisible(false);
            message.setText(getTranslation("security.passkey.added-confirm"));
            add(confirmWithPasskey());
        });
        ceremony.whenFailed(failed -> message.setText(getTranslation(failed.messageKey())));
        return ceremony;
    }

    private Div enrolment() {
        SecondFactor.Enrolment enrolment = secondFactor.newEnrolment();
        Image qr = new Image(QrCodeImage.dataUrl(enrolment.otpauthUri()), getTranslation("security.second-factor.qr-alt"));
        qr.setId("second-factor-qr");
        qr.addClassName("second-factor-qr");
        Span secret = new Span(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setId("second-factor-secret");
        secret.addClassName("second-factor-secret");
        secret.getElement().setAttribute("translate", "no");
        OrderedList steps = new OrderedList(new ListItem(getTranslation("security.second-factor.step-app")),
                new ListItem(getTranslation("security.second-factor.step-scan")), new ListItem(getTranslation("security.second-factor.step-code")));
        // on the phone that holds the app, the app opens from this link instead of a scan
        // Anchor refuses schemes other than http(s) and a few more; otpauth: is the standard one apps register
        Anchor openApp = new Anchor();
        openApp.setText(getTranslation("security.second-factor.open-app"));
        openApp.getElement().setAttribute("href", enrolment.otpauthUri());
        openApp.setId("second-factor-open-app");
        Div enrol = new Div(steps, qr, new Paragraph(openApp), new Paragraph(new Span(getTranslation("security.second-factor.secret") + " "), secret),
                codeForm("second-factor-enrol", typed -> secondFactor.enrol(enrolment.secret(), typed)));
        enrol.addClassName("second-factor-enrolment");
        return enrol;
    }

    /** A code field and its button; a right code puts the person, with all their roles, into a fresh session. */
    private Div codeForm(String id, Function<String, Optional<SignedInPerson>> check) {
        TextField code = new TextField(getTranslation("security.second-factor.code"));
        code.setId(id + "-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button(getTranslation("security.second-factor.confirm"), click -> RuleMessages.attempt(() ->
                check.apply(code.getValue()).ifPresentOrElse(full -> {
                    HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
                    request.changeSessionId();
                    SessionAuthentication.store(full, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
                    UI.getCurrent().getPage().setLocation("/");
                }, () -> {
                    code.clear();
                    message.setText(getTranslation("security.second-factor.wrong"));
                })));
        confirm.setId(id + "-button");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        return new Div(code, confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.second-factor.title");
    }
}
