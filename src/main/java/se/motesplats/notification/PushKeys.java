package se.motesplats.notification;

import com.interaso.webpush.VapidKeys;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The server's VAPID key pair, if push is on. Browsers are given the public key when they subscribe. */
record PushKeys(@Nullable VapidKeys pair) {

    static PushKeys from(PushProperties properties) {
        if (!properties.publicKey().isBlank() && !properties.privateKey().isBlank()) {
            return new PushKeys(VapidKeys.fromUncompressedBytes(properties.publicKey().strip(), properties.privateKey().strip()));
        }
        if (!properties.publicKey().isBlank() || !properties.privateKey().isBlank()) {
            throw new IllegalStateException("Web Push needs both motesplats.push.public-key and motesplats.push.private-key");
        }
        return new PushKeys(properties.generateKeys() ? VapidKeys.generate() : null);
    }

    /** The public key as browsers take it ({@code applicationServerKey}): base64url, no padding. */
    Optional<String> applicationServerKey() {
        return Optional.ofNullable(pair).map(keys -> Base64.getUrlEncoder().withoutPadding().encodeToString(keys.getApplicationServerKey()));
    }
}
