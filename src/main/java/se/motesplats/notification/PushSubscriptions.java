package se.motesplats.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.shared.RuleViolation;

/**
 * The devices on which people turned notifications on. What a browser hands over is checked before it
 * is kept: the server will later post to the endpoint, so it must be one of the known push services
 * over HTTPS, and the keys must have the sizes RFC 8291 gives them.
 */
@Service
public class PushSubscriptions {

    private static final int P256_POINT_BYTES = 65;
    private static final int AUTH_SECRET_BYTES = 16;
    private static final int MAX_ENDPOINT = 1000;
    private static final int MAX_LABEL = 80;

    private final PushSubscriptionRepository subscriptions;
    private final Notifications notifications;
    private final PushProperties properties;
    private final Clock clock;

    PushSubscriptions(PushSubscriptionRepository subscriptions, Notifications notifications, PushProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** Keeps this browser's subscription for the person; the same browser subscribing again replaces its old one. */
    @Transactional
    public void subscribe(long accountId, String endpoint, String p256dh, String auth, String deviceLabel) {
        checkEndpoint(endpoint);
        checkKey(p256dh, P256_POINT_BYTES);
        checkKey(auth, AUTH_SECRET_BYTES);
        String label = deviceLabel.length() > MAX_LABEL ? deviceLabel.substring(0, MAX_LABEL) : deviceLabel;
        var existing = subscriptions.findByEndpoint(endpoint);
        if (existing.isPresent() && existing.get().accountId() == accountId) {
            existing.get().renew(p256dh, auth, label, clock.instant());
            return;
        }
        // another person turned notifications on in this browser: the notices are theirs from now on
        existing.ifPresent(this::delete);
        subscriptions.save(new PushSubscription(accountId, endpoint, p256dh, auth, label, clock.instant()));
    }

    /** Forgets this browser for the person; an endpoint that is not theirs is left alone. */
    @Transactional
    public void unsubscribe(long accountId, String endpoint) {
        subscriptions.findByEndpoint(endpoint).filter(subscription -> subscription.accountId() == accountId).ifPresent(this::delete);
    }

    /** Whether notices reach the person in the browser with this endpoint. */
    @Transactional(readOnly = true)
    public boolean isSubscribed(long accountId, String endpoint) {
        return subscriptions.findByEndpoint(endpoint).filter(subscription -> subscription.accountId() == accountId).isPresent();
    }

    @Transactional(readOnly = true)
    public List<PushDevice> devicesOf(long accountId) {
        return subscriptions.findByAccountIdOrderById(accountId).stream()
                .map(subscription -> new PushDevice(subscription.deviceLabel(), subscription.createdAt(),
                        subscription.lastUsedAt().orElse(null)))
                .toList();
    }

    /** Part of erasing a person: their devices, and what was queued for or kept from them. */
    @Transactional
    public void eraseAll(long accountId) {
        subscriptions.findByAccountIdOrderById(accountId).forEach(this::delete);
    }

    /** The queue names devices, not people: the queued notices and outbox copies go with the device. */
    private void delete(PushSubscription subscription) {
        notifications.forget(List.of(subscription.address()));
        subscriptions.delete(subscription);
    }

    private void checkEndpoint(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new RuleViolation("notification.push.refused");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean known = properties.services().stream().anyMatch(service -> host.equals(service) || host.endsWith("." + service));
        if (endpoint.length() > MAX_ENDPOINT || !"https".equals(uri.getScheme()) || uri.getUserInfo() != null || !known) {
            throw new RuleViolation("notification.push.refused");
        }
    }

    private static void checkKey(String base64Url, int bytes) {
        try {
            if (Base64.getUrlDecoder().decode(base64Url.replace("=", "")).length == bytes) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // not base64url: refused below
        }
        throw new RuleViolation("notification.push.refused");
    }
}
