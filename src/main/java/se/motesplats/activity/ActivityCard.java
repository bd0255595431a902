package se.motesplats.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;

/**
 * An activity on the newcomers' listing: the title in the visitor's language or, marked by
 * {@code titleLanguage}, the Swedish source, and whether that title is a machine translation no
 * person has approved yet; the next meeting and the badges people filter by; how far away it is when
 * the visitor let the listing know where they are and the venue has a pin.
 */
public record ActivityCard(long id, String title, SupportedLanguage titleLanguage, boolean machineTranslated,
        ActivityCategory category, Instant nextStart,
        String municipalityName, String venueName, boolean free, boolean noSwedishNeeded, boolean womenOnly,
        boolean childcare, boolean stepFree, boolean dropIn, @Nullable Integer distanceMetres) {
}
