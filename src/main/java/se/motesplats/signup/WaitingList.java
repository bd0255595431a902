package se.motesplats.signup;

import java.util.ArrayList;
import java.util.List;

/**
 * The waiting list's rule: when places free up, people move up in the order they arrived; a family
 * that needs more places than are free keeps its turn while the next who fits moves up. Pure, so the
 * rule is tested without a database.
 */
final class WaitingList {

    private WaitingList() {
    }

    /** A waiting sign-up and the places it needs, in arrival order. */
    record Waiting(long signupId, int places) {
    }

    static List<Long> toPromote(List<Waiting> inArrivalOrder, int freePlaces) {
        List<Long> promoted = new ArrayList<>();
        int free = freePlaces;
        for (Waiting waiting : inArrivalOrder) {
            if (free <= 0) {
                break;
            }
            if (waiting.places() <= free) {
                promoted.add(waiting.signupId());
                free -= waiting.places();
            }
        }
        return promoted;
    }

    /** Newcomers join the queue behind anyone waiting rather than take a place freed for them. */
    static boolean mustQueue(boolean anyoneWaiting, int freePlaces, int places) {
        return anyoneWaiting || places > freePlaces;
    }
}
