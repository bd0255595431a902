package se.motesplats.i18n;

import java.util.Set;

/**
 * Machine translation of a text written by people (an activity's description, say) through a
 * LibreTranslate-compatible service. Exists only when {@code motesplats.machine-translation.url} is
 * set; off by default. What it gives is a draft: callers store it marked as machine translated
 * until a person approves it.
 */
public interface MachineTranslator {

    /** The languages the service is configured for. */
    Set<SupportedLanguage> languages();

    default boolean supports(SupportedLanguage from, SupportedLanguage to) {
        return from != to && languages().contains(from) && languages().contains(to);
    }

    /**
     * The text in another language.
     *
     * @throws MachineTranslationUnavailable when the service cannot be reached, refuses, times out or
     *         answers something other than a translation
     */
    String translate(String text, SupportedLanguage from, SupportedLanguage to);
}
