package se.motesplats.security;

import java.time.Instant;

/** A browser where the person is signed in right now, as they see it in their device list; {@code current} is this one. */
public record OpenSession(String id, String device, Instant createdAt, Instant lastSeen, boolean current) {
}
