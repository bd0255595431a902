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
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    @Test
    void aNameInTheSentencesOwnDirectionStaysAsItIs() {
        assertThat(provider.translate(SupportedLanguage.SWEDISH, "security.accounts.saved", Map.of("name", "Åsa")))
                .isEqualTo("Rollerna för Åsa är sparade.");
        assertThat(provider.translate(SupportedLanguage.ARABIC, "security.accounts.saved", Map.of("name", "فاطمة")))
                .isEqualTo("تم حفظ أدوار فاطمة.");
    }

    @Test
    void aNameWrittenTheOtherWayIsIsolatedFromTheSentence() {
        assertThat(provider.translate(SupportedLanguage.SWEDISH, "security.accounts.saved", Map.of("name", "فاطمة")))
                .isEqualTo("Rollerna för " + FSI + "فاطمة" + PDI + " är sparade.");
        assertThat(provider.translate(SupportedLanguage.ARABIC, "security.accounts.saved", Map.of("name", "Amina")))
                .isEqualTo("تم حفظ أدوار " + FSI + "Amina" + PDI + ".");
        assertThat(provider.getTranslation("security.accounts.saved", Locale.forLanguageTag("fa"), Map.of("name", "Amina")))
                .contains(FSI + "Amina" + PDI);
    }

    @Test
    void anOverrideInANameEndsWithTheName() {
        // stored before names were cleaned, or in a text that keeps it: the override cannot reach " är sparade."
        assertThat(provider.translate(SupportedLanguage.SWEDISH, "security.accounts.saved", Map.of("name", "\u202Eabc")))
                .isEqualTo("Rollerna för " + FSI + "\u202Eabc" + PDI + " är sparade.");
        assertThat(provider.translate(SupportedLanguage.ARABIC, "security.accounts.saved", Map.of("name", "\u2067فاطمة")))
                .isEqualTo("تم حفظ أدوار " + FSI + "\u2067فاطمة" + PDI + ".");
    }

    @Test
    void linksNumbersAndVariantChoicesAreNotWrapped() {
        assertThat(provider.translate(SupportedLanguage.ARABIC, "organisation.email.invited.body", Map.of("name", "فاطمة",
                "organisation", "نادي", "by", "ليلى", "link", "https://motesplats.se/invitation/0a1b", "days", 14)))
                .contains(" https://motesplats.se/invitation/0a1b").doesNotContain(FSI);
        String line = provider.translate(SupportedLanguage.ARABIC, "funding.claim.line", Map.of("activity", "Språkkafé",
                "held", 4, "counted", 3, "count", 12, "amount", 1200, "eligible", "false"));
        assertThat(line).startsWith(FSI + "Språkkafé" + PDI + ":").contains("(لا يستوفي الشروط)");
        assertThat(provider.translate(SupportedLanguage.ARABIC, "activity.detail.ages", Map.of("limit", "upto", "min", 0, "max", 25)))
                .doesNotContain(FSI).contains("25");
    }
}
