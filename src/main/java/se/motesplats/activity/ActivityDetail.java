package se.motesplats.activity;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;

/**
 * Everything the detail page shows about an activity, texts in the visitor's language where
 * written ({@code machineTranslated} when they are a machine draft no person has approved yet);
 * {@code manageableByCaller} when the caller may change its meetings.
 */
public record ActivityDetail(long id, String title, String description, SupportedLanguage textLanguage, boolean machineTranslated,
        ActivityCategory category, ActivityStatus status, long organisationId, String organisationName, Venue venue,
        String municipalityName, TargetGroup targetGroup, SwedishLevel swedishLevel, Set<SupportedLanguage> leaderLanguages,
        int costSek, boolean childcare, boolean dropIn, @Nullable Integer capacity, AgeRange ages, List<OccurrenceView> comingMeetings,
        boolean manageableByCaller) {
}
