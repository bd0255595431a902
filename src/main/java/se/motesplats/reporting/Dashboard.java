package se.motesplats.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The coordinators' figures for their areas over the last {@value DashboardService#WEEKS} weeks.
 * Rates are whole percentages, or {@code null} when there is nothing to divide by. The breakdowns
 * count the people present in the period (participants, not leaders), biggest first.
 */
public record Dashboard(LocalDate from, LocalDate to, int activitiesRunning, int activeParticipants, int newThisMonth,
        @Nullable Integer attendanceRate, @Nullable Integer noShowRate, @Nullable Integer occupancy, int waiting, int matchingQueue, long medianWaitDays,
        int volunteersActive, int volunteersAwaitingVetting, List<Week> weeks, List<Breakdown> byMunicipality,
        List<Breakdown> byCategory, List<Breakdown> byTargetGroup, List<OrganisationBreakdown> byOrganisation,
        List<LanguageBreakdown> byLanguage) {

    public Dashboard {
        weeks = List.copyOf(weeks);
        byMunicipality = List.copyOf(byMunicipality);
        byCategory = List.copyOf(byCategory);
        byTargetGroup = List.copyOf(byTargetGroup);
        byOrganisation = List.copyOf(byOrganisation);
        byLanguage = List.copyOf(byLanguage);
    }

    /** One week of the trend: meetings held, people present (participants, not leaders) and no-shows. */
    public record Week(LocalDate monday, int meetings, int present, int noShows) {
    }

    /**
     * People present in the period per municipality, kind of activity or target group ({@code key} is
     * the municipality's code or the name of the {@code ActivityCategory} or {@code TargetGroup}): how
     * many different people, how many times they were checked in, and at how many meetings.
     */
    public record Breakdown(String key, int participants, int checkIns, int meetings) {
    }

    /** The same per association that runs the activities. */
    public record OrganisationBreakdown(long organisationId, String name, int participants, int checkIns, int meetings) {
    }

    /**
     * People present in the period per language they speak ({@code language} is the tag of a
     * {@code SupportedLanguage}, "" for people who named none): someone who speaks two languages
     * counts under both, so the rows add up to more than the people.
     */
    public record LanguageBreakdown(String language, int participants) {
    }
}
