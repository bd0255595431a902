package se.motesplats.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The coordinators' figures for their areas over the last {@value DashboardService#WEEKS} weeks.
 * Rates are whole percentages, or {@code null} when there is nothing to divide by.
 */
public record Dashboard(LocalDate from, LocalDate to, int activitiesRunning, int activeParticipants, int newThisMonth,
        @Nullable Integer attendanceRate, @Nullable Integer noShowRate, @Nullable Integer occupancy, int waiting, int matchingQueue, long medianWaitDays,
        int volunteersActive, int volunteersAwaitingVetting, List<Week> weeks, List<Breakdown> byMunicipality,
        List<Breakdown> byCategory) {

    public Dashboard {
        weeks = List.copyOf(weeks);
        byMunicipality = List.copyOf(byMunicipality);
        byCategory = List.copyOf(byCategory);
    }

    /** One week of the trend: meetings held, people present (participants, not leaders) and no-shows. */
    public record Week(LocalDate monday, int meetings, int present, int noShows) {
    }

    /** Participants present in the period, per municipality or category ({@code key} is the code or the category name). */
    public record Breakdown(String key, int participants, int meetings) {
    }
}
