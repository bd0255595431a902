package se.motesplats.notification;

import java.time.Instant;

/** A message in the development outbox; a text message (SMS) has an empty subject. */
public record SentMessage(long id, MessageChannel channel, String recipient, String subject, String text, Instant sentAt) {
}
