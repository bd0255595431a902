package se.motesplats.volunteering;

/** proposed → active (both said yes) → ended; or declined by either side before that. */
public enum MatchStatus {
    PROPOSED, ACTIVE, DECLINED, ENDED
}
