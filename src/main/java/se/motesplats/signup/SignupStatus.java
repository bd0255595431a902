package se.motesplats.signup;

/** Where a sign-up stands. A cancelled sign-up keeps its row so that signing up again reuses it. */
public enum SignupStatus {
    CONFIRMED, WAITLISTED, CANCELLED;

    boolean active() {
        return this != CANCELLED;
    }
}
