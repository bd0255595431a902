package se.motesplats.activity;

import java.time.Instant;

/** A meeting as people see it. */
public record OccurrenceView(long id, Instant startsAt, Instant endsAt, boolean cancelled) {
}
