package se.motesplats.attendance;

import java.io.Serializable;
import java.time.Instant;

/**
 * A genuine code someone scanned or typed. It stays honoured for {@link AttendanceService#SCAN_HONOURED}
 * while they sign in or join, although the screen has moved on, so it is kept in their session.
 */
public record Scan(long meetingId, Instant scannedAt, CheckInMethod method) implements Serializable {
}
