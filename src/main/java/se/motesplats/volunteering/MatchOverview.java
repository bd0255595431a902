package se.motesplats.volunteering;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A proposed or active match as coordinators follow it up. */
public record MatchOverview(long id, ProgrammeKind programme, MatchStatus status, String newcomerFirstName, String volunteerFirstName,
        Instant proposedAt, @Nullable Instant activeSince, int meetings, @Nullable LocalDate lastMet, boolean volunteerPaused) {
}
