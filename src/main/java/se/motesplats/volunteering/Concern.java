package se.motesplats.volunteering;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A concern as coordinators read it; {@code reporterFirstName} is empty when the reporter stayed anonymous. */
public record Concern(long id, String about, String description, @Nullable String municipalityName, @Nullable String reporterFirstName,
        Instant reportedAt) {
}
