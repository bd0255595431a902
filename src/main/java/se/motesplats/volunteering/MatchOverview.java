package se.motesplats.volunteering;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A proposed or active match as coordinators follow it up: {@code firstContactOverdue} when a week
 * has passed without a meeting logged; the latest "how is it going?" answer of each side.
 */
public record MatchOverview(long id, ProgrammeKind programme, MatchStatus status, String newcomerFirstName, String volunteerFirstName,
        Instant proposedAt, @Nullable Instant activeSince, int meetings, @Nullable LocalDate lastMet, boolean volunteerPaused,
        boolean firstContactOverdue, FollowUp.@Nullable Answer newcomerAnswer, FollowUp.@Nullable Answer volunteerAnswer) {
}
