package se.motesplats.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import se.motesplats.i18n.TranslationProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes push messages from the same templates as e-mail (the subject as title) and SMS (the short
 * text as body, or {@code template.push} where the SMS text asks for a reply), in the recipient's
 * language, and sends them to one device. Push is optional: without VAPID keys
 * ({@code motesplats.push.public-key} and {@code .private-key}) {@link #available()} is false.
 */
@Service
public class PushService {

    private final TranslationProvider translations;
    private final Optional<PushTransport> transport;
    private final PushKeys keys;
    private final PushSubscriptionRepository subscriptions;
    private final JsonMapper json;
    private final Clock clock;
    private final String publicUrl;

    PushService(TranslationProvider translations, Optional<PushTransport> transport, PushKeys keys,
            PushSubscriptionRepository subscriptions, JsonMapper json, Clock clock,
            @Value("${motesplats.public-url}") String publicUrl) {
        this.translations = translations;
        this.transport = transport;
        this.keys = keys;
        this.subscriptions = subscriptions;
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** Whether people can turn notifications on; callers offer push as a choice only when they can. */
    public boolean available() {
        return transport.isPresent() && keys.applicationServerKey().isPresent();
    }

    /** The key a browser subscribes with, when push is on. */
    public Optional<String> applicationServerKey() {
        return available() ? keys.applicationServerKey() : Optional.empty();
    }

    /** How the notification queue addresses each of the person's devices; none when push is off. */
    List<String> devicesOf(long accountId) {
        return available()
                ? subscriptions.findByAccountIdOrderById(accountId).stream().map(PushSubscription::address).toList()
                : List.of();
    }

    /**
     * Sends the message to its device. Returns false when the device is gone (turned off since, or
     * reported gone by its push service, whereupon it is deleted); throws when it should be retried.
     * Needs no transaction: the sending job records each notice on its own, right after sending it.
     */
    boolean send(PushMessage message) {
        long id = Long.parseLong(message.device().substring(PushSubscription.ADDRESS_PREFIX.length()));
        Optional<PushSubscription> device = subscriptions.findById(id);
        if (device.isEmpty() || transport.isEmpty()) {
            return false;
        }
        if (!transport.get().deliver(render(message, device.get()))) {
            subscriptions.delete(device.get());
            return false;
        }
        device.get().used(clock.instant());
        subscriptions.save(device.get());
        return true;
    }

    private RenderedPush render(PushMessage message, PushSubscription device) {
        String title = translations.translate(message.language(), message.template() + ".subject", message.arguments());
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("title", title);
        // the short text of SMS, unless it asks for a reply by text message: then a template.push of its own
        String body = translations.has(message.template() + ".push") ? message.template() + ".push" : message.template() + ".sms";
        shown.put("body", translations.translate(message.language(), body, message.arguments()));
        shown.put("url", message.arguments().get("link") instanceof String link && link.startsWith(publicUrl + "/") ? link : publicUrl + "/");
        shown.put("lang", message.language().tag());
        shown.put("dir", message.language().direction().attribute());
        return new RenderedPush(message.device(), device.endpoint(), device.p256dh(), device.auth(), title, shown.get("body"),
                shown.get("url"), json.writeValueAsString(shown));
    }
}
