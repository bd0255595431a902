package se.motesplats.activity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Why an activity's text in one language is in the translation queue. */
public enum TranslationNeed {
    /** No text in the language yet: newcomers see the source language, marked "not translated yet". */
    MISSING,
    /** A person translated it, but the source text has changed since. */
    OUTDATED,
    /** Machine translated: newcomers see it marked so until a person approves it. */
    MACHINE_DRAFT;

    public String translationKey() {
        return "activity.translation.need." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** What a text in this state (none: no text) still needs; nothing for the source and for approved translations. */
    static Optional<TranslationNeed> of(@Nullable TranslationState state) {
        if (state == null) {
            return Optional.of(MISSING);
        }
        return switch (state) {
            case OUTDATED -> Optional.of(OUTDATED);
            case MACHINE_DRAFT -> Optional.of(MACHINE_DRAFT);
            case SOURCE, TRANSLATED -> Optional.empty();
        };
    }
}
