package se.motesplats.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.i18n.SupportedLanguage;

/**
 * The optional profile a participant may fill in: languages they speak, how much Swedish, where
 * they live and what interests them. Every part may stay empty.
 */
public record Profile(Set<SupportedLanguage> languages, @Nullable SwedishLevel swedishLevel, @Nullable String municipalityCode,
        Set<ActivityCategory> interests) {

    public static final Profile EMPTY = new Profile(Set.of(), null, null, Set.of());

    public Profile {
        languages = Set.copyOf(languages);
        interests = Set.copyOf(interests);
    }
}
