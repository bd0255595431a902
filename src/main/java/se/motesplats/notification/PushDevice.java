package se.motesplats.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A device on which a person turned notifications on, as they see it in their data. */
public record PushDevice(String label, Instant turnedOnAt, @Nullable Instant lastUsedAt) {
}
