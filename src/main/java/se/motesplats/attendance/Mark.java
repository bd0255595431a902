package se.motesplats.attendance;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One tap on a leader's phone: someone is present, or that was a mistake (undo). The phone gives it
 * an id when it is made, so sending it again, from any device, changes nothing.
 *
 * @param at when it was tapped, by the phone's clock (earliest present wins; a later undo cancels it)
 * @param walkInName the first name a walk-in gave, sent with their marks
 * @param registration the contact a walk-in gave to get an account, sent with their marks like the name
 */
public record Mark(UUID clientId, long meetingId, String attendee, Kind kind, Instant at, boolean leader,
        @Nullable String walkInName, @Nullable WalkInRegistration registration) {

    public Mark(UUID clientId, long meetingId, String attendee, Kind kind, Instant at, boolean leader, @Nullable String walkInName) {
        this(clientId, meetingId, attendee, kind, at, leader, walkInName, null);
    }

    public enum Kind {
        PRESENT, UNDO
    }
}
