package se.motesplats.funding;

import java.time.LocalDate;
import java.util.List;

/** A claim for one organisation and period as computed now: one part per funded activity. */
public record ClaimPreview(long organisationId, String organisationName, LocalDate from, LocalDate to, List<ActivityClaim> activities) {

    public ClaimPreview {
        activities = List.copyOf(activities);
    }

    public int totalSek() {
        return activities.stream().mapToInt(ActivityClaim::amountSek).sum();
    }
}
