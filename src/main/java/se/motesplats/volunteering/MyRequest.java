package se.motesplats.volunteering;

import java.time.Instant;

/** A request the caller made, as they follow it. */
public record MyRequest(long id, ProgrammeKind programme, MatchRequest.RequestStatus status, Instant createdAt) {
}
