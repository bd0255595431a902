package se.motesplats.attendance;

/** How a check-in was recorded: the participant scanned or typed the code, or a leader marked them. */
public enum CheckInMethod {
    QR, CODE, ROLL_CALL, WALK_IN
}
