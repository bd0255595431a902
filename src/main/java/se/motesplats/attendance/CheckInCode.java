package se.motesplats.attendance;

import java.time.Instant;

/** What a leader's check-in screen shows for one minute: the QR token, the short code and when they change. */
public record CheckInCode(long meetingId, String token, String shortCode, Instant changesAt) {
}
