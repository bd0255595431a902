package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A text missing in one language falls back to its parent language, then to Swedish. */
class TranslationFallbackTest {

    private final TranslationCatalog catalog = new TranslationCatalog(Map.of(
            SupportedLanguage.SWEDISH, Map.of("a.b.only-swedish", "svenska", "a.b.persian", "svenska"),
            SupportedLanguage.PERSIAN, Map.of("a.b.persian", "فارسی"),
            SupportedLanguage.DARI, Map.of()));

    @Test
    void dariFallsBackToPersianBeforeSwedish() {
        assertThat(catalog.pattern(SupportedLanguage.DARI, "a.b.persian").orElseThrow().pattern()).isEqualTo("فارسی");
    }

    @Test
    void easySwedishFallsBackToSwedish() {
        var resolved = catalog.pattern(SupportedLanguage.EASY_SWEDISH, "a.b.only-swedish").orElseThrow();
        assertThat(resolved.language()).isEqualTo(SupportedLanguage.SWEDISH);
    }

    @Test
    void anyLanguageFallsBackToSwedish() {
        assertThat(catalog.pattern(SupportedLanguage.TIGRINYA, "a.b.only-swedish").orElseThrow().pattern()).isEqualTo("svenska");
    }

    @Test
    void aKeyNobodyHasIsEmpty() {
        assertThat(catalog.pattern(SupportedLanguage.ARABIC, "a.b.none")).isEmpty();
    }
}
