package se.motesplats.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A submitted claim with the lines frozen at submission, and the coordinator's decision. */
public record Claim(long id, long organisationId, String organisationName, LocalDate from, LocalDate to, Status status, int totalSek,
        Instant submittedAt, @Nullable String decisionComment, List<Line> lines) {

    public Claim {
        lines = List.copyOf(lines);
    }

    public enum Status {
        SUBMITTED, APPROVED, REJECTED;

        public String translationKey() {
            return "funding.claim.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One activity's line; the title is the activity's Swedish title, as the claim documents are in Swedish. */
    public record Line(long activityId, String activityTitle, String schemeCode, boolean eligible, int meetingsHeld, int meetingsCounted, int participantsCounted,
            int amountSek) {
    }
}
