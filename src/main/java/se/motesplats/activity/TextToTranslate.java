package se.motesplats.activity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;

/**
 * One activity text side by side: the source, and the text in the target language as it is now
 * ({@code current} and {@code state} are null when there is none). {@code version} stands for both as
 * they were read: saving with it refuses when someone changed the source, or saved a translation,
 * in the meantime. {@code machineDraftPossible} when machine translation is configured for these
 * languages and the text is missing or a machine draft (a person's translation is never replaced
 * by a machine's).
 */
public record TextToTranslate(long activityId, SupportedLanguage sourceLanguage, ActivityText source, SupportedLanguage target,
        @Nullable ActivityText current, @Nullable TranslationState state, String version, boolean machineDraftPossible) {

    /** Why it is in the queue; empty once a person has translated or approved it. */
    public Optional<TranslationNeed> need() {
        return TranslationNeed.of(state);
    }
}
