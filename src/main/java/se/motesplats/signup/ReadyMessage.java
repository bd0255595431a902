package se.motesplats.signup;

/**
 * Messages organisers send to everyone coming, written once and translated into every language,
 * so that a leader who writes only Swedish reaches everyone in their own. A cancelled meeting needs
 * no message: cancelling it tells everyone.
 */
public enum ReadyMessage {
    ROOM_CHANGED, RUNNING_LATE, SEE_YOU;

    public String template() {
        return "signup.message." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether the organiser fills in where people meet instead ({@code {room}}). */
    public boolean needsRoom() {
        return this == ROOM_CHANGED;
    }
}
