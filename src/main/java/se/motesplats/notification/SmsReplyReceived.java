package se.motesplats.notification;

import java.time.Instant;

/**
 * Someone answered a text message: published for every incoming SMS, as the person wrote it (trimmed).
 * The notification module does not interpret it; the sign-up module reads "1", "2" and "STOP".
 * The provider may post the same reply again if our answer got lost, so listeners act idempotently.
 */
public record SmsReplyReceived(String phoneNumberE164, String text, Instant receivedAt) {
}
