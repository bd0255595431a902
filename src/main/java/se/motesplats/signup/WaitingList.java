package se.motesplats.signup;

import java.util.ArrayList;
import java.util.List;

/**
 * The waiting list's rule: when places free up, people move up in the order they arrived; a family
 * that needs more places than are free keeps its turn while the next who fits moves up; places kept
 * for referrals go only to referred newcomers. Pure, so the rule is tested without a database.
 */
final class WaitingList {

    private WaitingList() {
    }

    /** A waiting sign-up, the places it needs and whether a case officer referred it, in arrival order. */
    record Waiting(long signupId, int places, boolean referral) {
    }

    static List<Long> toPromote(List<Waiting> inArrivalOrder, PlaceCount count) {
        List<Long> promoted = new ArrayList<>();
        PlaceCount left = count;
        for (Waiting waiting : inArrivalOrder) {
            if (left.free(true) <= 0) {
                break;
            }
            if (waiting.places() <= left.free(waiting.referral())) {
                promoted.add(waiting.signupId());
                left = left.taking(waiting.places(), waiting.referral());
            }
        }
        return promoted;
    }

    /** Newcomers join the queue behind anyone waiting rather than take a place freed for them. */
    static boolean mustQueue(boolean anyoneWaiting, int freePlaces, int places) {
        return anyoneWaiting || places > freePlaces;
    }
}
