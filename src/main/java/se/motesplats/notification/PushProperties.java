package se.motesplats.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web Push ({@code motesplats.push.*}): the VAPID key pair (base64url, the public key as the 65 bytes
 * of an uncompressed P-256 point, the private key as its 32-byte scalar), the contact the push
 * services see ({@code mailto:} or {@code https:}), how long a push service keeps an undelivered
 * message, and the push services a browser may name as its endpoint (host or parent domain): the
 * server posts to that address, so it must not be anyone's. Without keys push is off, unless
 * {@code generate-keys} (the demo) makes a pair at start.
 */
@ConfigurationProperties("motesplats.push")
record PushProperties(
        @DefaultValue("") String publicKey,
        @DefaultValue("") String privateKey,
        @DefaultValue("") String subject,
        @DefaultValue("false") boolean generateKeys,
        @DefaultValue("PT12H") Duration timeToLive,
        @DefaultValue({"fcm.googleapis.com", "push.services.mozilla.com", "notify.windows.com", "push.apple.com"})
        List<String> services) {

    /** Without the private key, in case the settings are ever logged. */
    @Override
    public String toString() {
        return "PushProperties[publicKey=" + publicKey + ", subject=" + subject + ", services=" + services + "]";
    }
}
