package se.motesplats.volunteering;

/** A request in the coordinators' queue: how long it has waited, against the target of a match within 30 days. */
public record QueuedRequest(MatchRequest request, String municipalityName, long waitingDays, boolean overdue, int declinedBefore,
        boolean proposed) {
}
