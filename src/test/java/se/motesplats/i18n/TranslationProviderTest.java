package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationProviderTest {

    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void arabicUsesSixPluralForms() {
        var forms = java.util.stream.IntStream.of(0, 1, 2, 3, 11, 100)
                .mapToObj(n -> provider.translate(SupportedLanguage.ARABIC, "security.accounts.count", Map.of("count", n)))
                .distinct().toList();
        assertThat(forms).hasSize(6);
    }

    @Test
    void ukrainianUsesItsPluralForms() {
        String one = provider.translate(SupportedLanguage.UKRAINIAN, "area.scopes.count", Map.of("count", 1));
        String few = provider.translate(SupportedLanguage.UKRAINIAN, "area.scopes.count", Map.of("count", 3));
        String many = provider.translate(SupportedLanguage.UKRAINIAN, "area.scopes.count", Map.of("count", 5));
        assertThat(java.util.Set.of(one, few, many)).hasSize(3);
    }

    @Test
    void swedishFormatsNamedArguments() {
        assertThat(provider.getTranslation("security.accounts.saved", Locale.forLanguageTag("sv"), Map.of("name", "Amina")))
                .isEqualTo("Rollerna för Amina är sparade.");
    }

    @Test
    void anUnknownLocaleFallsBackToSwedish() {
        assertThat(provider.getTranslation("shared.layout.sign-in", Locale.forLanguageTag("zh")))
                .isEqualTo("Logga in");
    }

    @Test
    void aMissingKeyIsVisibleNotSilent() {
        assertThat(provider.translate(SupportedLanguage.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void offersEveryLanguageInPickerOrder() {
        assertThat(provider.getProvidedLocales()).hasSize(12).first().isEqualTo(Locale.forLanguageTag("sv"));
    }
}
