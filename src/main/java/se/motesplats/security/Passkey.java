package se.motesplats.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of a person's passkeys, as they named it when they added it. The id is the credential's, in base64url. */
public record Passkey(String id, String label, @Nullable Instant created, @Nullable Instant lastUsed) {
}
