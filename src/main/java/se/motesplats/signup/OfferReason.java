package se.motesplats.signup;

/** Why a place waits for the person's yes: freed for them from the queue, or kept for them after no-shows. */
public enum OfferReason {
    PROMOTED, NO_SHOWS
}
