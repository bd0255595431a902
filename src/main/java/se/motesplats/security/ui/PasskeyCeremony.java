package se.motesplats.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * {@code <motesplats-passkey>} ({@code frontend/passkeys}): the browser's passkey prompt, started by the button
 * placed inside it. The ceremony runs in the browser, so the prompt opens within the tap as phones require,
 * and talks to Spring Security's endpoints with this session's CSRF token; the server hears how it ended.
 */
@Tag("motesplats-passkey")
@JsModule("./passkeys/passkey-ceremony.ts")
public class PasskeyCeremony extends Component implements HasComponents {

    enum Kind { REGISTER, SIGN_IN }

    PasskeyCeremony(Kind kind, Component... inside) {
        getElement().setAttribute("ceremony", kind == Kind.REGISTER ? "register" : "sign-in");
        if (VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            getElement().setAttribute("csrf-header", csrf.getHeaderName());
            getElement().setAttribute("csrf-token", csrf.getToken());
        }
        add(inside);
    }

    Registration whenDone(ComponentEventListener<Done> listener) {
        return addListener(Done.class, listener);
    }

    Registration whenFailed(ComponentEventListener<Failed> listener) {
        return addListener(Failed.class, listener);
    }

    @DomEvent("passkey-done")
    public static class Done extends ComponentEvent<PasskeyCeremony> {
        public Done(PasskeyCeremony source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** Why it failed: cancelled, exists (already on this device), unsupported, rejected (by the server) or error. */
    @DomEvent("passkey-failed")
    public static class Failed extends ComponentEvent<PasskeyCeremony> {
        private final String reason;

        public Failed(PasskeyCeremony source, boolean fromClient, @EventData("event.detail.reason") String reason) {
            super(source, fromClient);
            this.reason = reason;
        }

        /** The translation key of the message for the person. */
        String messageKey() {
            return "security.passkey.failed." + (reason.matches("cancelled|exists|unsupported|rejected") ? reason : "error");
        }
    }
}
