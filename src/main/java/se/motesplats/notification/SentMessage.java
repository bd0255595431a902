package se.motesplats.notification;

import java.time.Instant;

/** A message in the development outbox. */
public record SentMessage(long id, String recipient, String subject, String text, Instant sentAt) {
}
