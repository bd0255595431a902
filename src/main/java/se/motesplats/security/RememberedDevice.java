package se.motesplats.security;

import java.time.Instant;

/** A phone or computer on which a person stays signed in, as they see it in their device list. */
public record RememberedDevice(String id, String device, Instant createdAt, Instant lastUsed) {
}
