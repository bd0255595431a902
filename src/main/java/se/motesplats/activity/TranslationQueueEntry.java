package se.motesplats.activity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import se.motesplats.i18n.SupportedLanguage;

/**
 * An activity in the translation queue: its title in the source language, where it is, and for
 * each language whose text is missing, outdated or a machine draft, that need (in the order of
 * {@link SupportedLanguage}).
 */
public record TranslationQueueEntry(long activityId, String title, SupportedLanguage sourceLanguage, ActivityStatus status,
        String organisationName, String municipalityName, Map<SupportedLanguage, TranslationNeed> needs) {

    public TranslationQueueEntry {
        needs = needs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(needs));
    }
}
