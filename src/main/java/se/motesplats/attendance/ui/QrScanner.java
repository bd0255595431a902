package se.motesplats.attendance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * {@code <motesplats-qr-scanner>} ({@code frontend/scanner}): the phone's camera inside the check-in page,
 * for phones whose camera app does not open links from QR codes. Reports the token of the first check-in
 * link it sees; the camera starts when the element is added and stops when a code is found or it is removed.
 */
@Tag("motesplats-qr-scanner")
@JsModule("./scanner/loader.ts")
@NpmPackage(value = "jsqr", version = "1.4.0")
public class QrScanner extends Component {

    public QrScanner(String label) {
        getElement().setAttribute("label", label);
        addClassName("qr-scanner");
    }

    public Registration whenFound(ComponentEventListener<CodeFound> listener) {
        return addListener(CodeFound.class, listener);
    }

    /** No camera, the camera refused, or the scanner could not load (offline): typing the code still works. */
    public Registration whenFailed(ComponentEventListener<Failed> listener) {
        return addListener(Failed.class, listener);
    }

    @DomEvent("code-found")
    public static class CodeFound extends ComponentEvent<QrScanner> {
        private final String token;

        public CodeFound(QrScanner source, boolean fromClient, @EventData("event.detail.token") String token) {
            super(source, fromClient);
            this.token = token;
        }

        public String token() {
            return token;
        }
    }

    @DomEvent("scan-failed")
    public static class Failed extends ComponentEvent<QrScanner> {
        public Failed(QrScanner source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
