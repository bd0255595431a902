package se.motesplats.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;
import se.motesplats.notification.PushService;
import se.motesplats.notification.PushSubscriptions;
import se.motesplats.shared.DeviceLabel;
import se.motesplats.shared.ui.RuleMessages;

/**
 * {@code <motesplats-push-setting>} ({@code frontend/push}): turns notifications on or off in this
 * browser. Hidden until the browser says it can show them (Push API, a service worker and
 * notifications); the button is handled in the browser, because asking for permission needs the tap
 * itself, and the browser then reports the subscription it made or ended. Tells the page whether the
 * person now has push on anywhere, so it can make push their channel.
 */
@NamedInterface("ui")
@Tag("motesplats-push-setting")
@JsModule("./push/loader.ts")
public class PushSetting extends Component {

    private final Paragraph state = new Paragraph();
    private final Button toggle = new Button();

    public PushSetting(PushService push, PushSubscriptions subscriptions, long accountId, Consumer<Boolean> turned) {
        setId("push-setting");
        addClassName("push-setting");
        // hidden as an attribute, not setVisible: an invisible component would not hear the browser's answer
        getElement().setAttribute("hidden", true);
        getElement().setAttribute("public-key", push.applicationServerKey().orElse(""));
        state.getElement().setAttribute("aria-live", "polite");
        toggle.setId("push-toggle");
        toggle.getElement().setAttribute("data-push-toggle", true);
        getElement().appendChild(state.getElement(), toggle.getElement());
        show(false);

        addListener(Supported.class, supported -> {
            getElement().removeAttribute("hidden");
            show(!supported.endpoint().isEmpty() && subscriptions.isSubscribed(accountId, supported.endpoint()));
        });
        addListener(Subscribed.class, subscribed -> {
            String userAgent = UI.getCurrent() == null ? "" : UI.getCurrent().getSession().getBrowser().getBrowserApplication();
            if (RuleMessages.attempt(() -> subscriptions.subscribe(accountId, subscribed.endpoint(), subscribed.p256dh(), subscribed.auth(),
                    DeviceLabel.of(userAgent)))) {
                show(true);
                turned.accept(true);
            }
        });
        addListener(Unsubscribed.class, unsubscribed -> {
            subscriptions.unsubscribe(accountId, unsubscribed.endpoint());
            show(false);
            turned.accept(!subscriptions.devicesOf(accountId).isEmpty());
        });
        addListener(Refused.class, refused -> state.setText(getTranslation(
                "denied".equals(refused.reason()) ? "notification.push.denied" : "notification.push.failed")));
    }

    private void show(boolean on) {
        getElement().setAttribute("state", on ? "on" : "off");
        state.setText(getTranslation(on ? "notification.push.on" : "notification.push.off"));
        toggle.setText(getTranslation(on ? "notification.push.turn-off" : "notification.push.turn-on"));
    }

    /** The browser can show notifications; {@code endpoint} is its current subscription's, or empty. */
    @DomEvent("push-support")
    public static class Supported extends ComponentEvent<PushSetting> {
        private final String endpoint;

        public Supported(PushSetting source, boolean fromClient, @EventData("event.detail.endpoint") String endpoint) {
            super(source, fromClient);
            this.endpoint = endpoint;
        }

        public String endpoint() {
            return endpoint;
        }
    }

    /** The browser subscribed: where to post, and its keys (base64url) to encrypt for. */
    @DomEvent("push-subscribed")
    public static class Subscribed extends ComponentEvent<PushSetting> {
        private final String endpoint;
        private final String p256dh;
        private final String auth;

        public Subscribed(PushSetting source, boolean fromClient, @EventData("event.detail.endpoint") String endpoint,
                @EventData("event.detail.p256dh") String p256dh, @EventData("event.detail.auth") String auth) {
            super(source, fromClient);
            this.endpoint = endpoint;
            this.p256dh = p256dh;
            this.auth = auth;
        }

        public String endpoint() {
            return endpoint;
        }

        public String p256dh() {
            return p256dh;
        }

        public String auth() {
            return auth;
        }
    }

    @DomEvent("push-unsubscribed")
    public static class Unsubscribed extends ComponentEvent<PushSetting> {
        private final String endpoint;

        public Unsubscribed(PushSetting source, boolean fromClient, @EventData("event.detail.endpoint") String endpoint) {
            super(source, fromClient);
            this.endpoint = endpoint;
        }

        public String endpoint() {
            return endpoint;
        }
    }

    /** Permission denied ({@code denied}) or the subscription failed ({@code failed}). */
    @DomEvent("push-refused")
    public static class Refused extends ComponentEvent<PushSetting> {
        private final String reason;

        public Refused(PushSetting source, boolean fromClient, @EventData("event.detail.reason") String reason) {
            super(source, fromClient);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
