package se.motesplats.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An activity in the organiser's and the coordinator's lists. */
public record ActivitySummary(long id, String title, long organisationId, String organisationName, ActivityStatus status,
        String municipalityCode, @Nullable String returnComment, @Nullable Instant nextStart) {
}
