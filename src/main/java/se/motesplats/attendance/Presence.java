package se.motesplats.attendance;

/** Someone present at a meeting, as funding counts them: who (the attendance key) and whether as a leader. */
public record Presence(long meetingId, String attendee, boolean leader) {
}
