package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules.PluralType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every language file has every key of the Swedish source, with valid ICU patterns, the same
 * arguments, and every CLDR plural category its language needs; and the validator that says so
 * does find each kind of problem.
 */
class TranslationCompletenessTest {

    private static final TranslationCatalog CATALOG = TranslationCatalog.loadFromClasspath();
    private static final Map<String, String> SOURCE = CATALOG.textsOf(SupportedLanguage.SOURCE);
    /** A made-up source for planting problems. */
    private static final Map<String, String> PLANTED_SOURCE = Map.of(
            "a.b.hello", "Hej {name}!",
            "a.b.count", "{count, plural, one {# person} other {# personer}}");

    @Test
    void theSourceHasTexts() {
        assertThat(SOURCE).hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void hasNoProblems(SupportedLanguage language) {
        assertThat(TranslationValidator.problems(SOURCE, language, CATALOG.textsOf(language)))
                .as("problems in translations/%s", TranslationCatalog.fileName(language))
                .isEmpty();
    }

    @Test
    void reportsAMissingKeyAndAnExtraOne() {
        var texts = Map.of("a.b.hello", "Hello {name}!", "a.b.extra", "Extra");

        assertThat(TranslationValidator.problems(PLANTED_SOURCE, SupportedLanguage.ENGLISH, texts))
                .containsExactlyInAnyOrder("a.b.count: missing", "a.b.extra: not in the source (sv.properties)");
    }

    @Test
    void reportsABrokenPattern() {
        var texts = english("a.b.hello", "Hello {name!");

        assertThat(TranslationValidator.problems(PLANTED_SOURCE, SupportedLanguage.ENGLISH, texts))
                .singleElement().asString().startsWith("a.b.hello: invalid ICU pattern");
    }

    @Test
    void reportsAWrongArgumentName() {
        var texts = english("a.b.hello", "Hello {namn}!");

        assertThat(TranslationValidator.problems(PLANTED_SOURCE, SupportedLanguage.ENGLISH, texts))
                .containsExactly("a.b.hello: arguments [namn] but the source has [name]");
    }

    @Test
    void reportsAWrongArgumentNameInsideAPluralBlock() {
        var source = Map.of("a.b.who", "{count, plural, one {{name} och # till} other {{name} och # till}}");
        var texts = Map.of("a.b.who", "{count, plural, one {{nom} and # more} other {{nom} and # more}}");

        assertThat(TranslationValidator.problems(source, SupportedLanguage.ENGLISH, texts))
                .containsExactly("a.b.who: arguments [count, nom] but the source has [count, name]");
    }

    @Test
    void reportsMissingArabicPluralCategories() {
        var texts = Map.of(
                "a.b.hello", "مرحبًا {name}!",
                "a.b.count", "{count, plural, one {شخص واحد} two {شخصان} other {# شخص}}");

        assertThat(TranslationValidator.problems(PLANTED_SOURCE, SupportedLanguage.ARABIC, texts))
                .containsExactly("a.b.count: plural misses [few, many, zero]");
    }

    @Test
    void reportsCategoriesTheLanguageDoesNotUseButAllowsExplicitValues() {
        var texts = english("a.b.count", "{count, plural, =0 {nobody} one {# person} few {# people} other {# people}}");

        assertThat(TranslationValidator.problems(PLANTED_SOURCE, SupportedLanguage.ENGLISH, texts))
                .containsExactly("a.b.count: plural has categories [few] that the language does not use");
    }

    @Test
    void acceptsACompleteTranslation() {
        var texts = english("a.b.count", "{count, plural, =0 {nobody} one {# person} other {# people}}");

        assertThat(TranslationValidator.problems(PLANTED_SOURCE, SupportedLanguage.ENGLISH, texts)).isEmpty();
    }

    @Test
    void findsNestedPluralBlocksEachWithItsOwnSelectors() {
        var pattern = new MessagePattern("{a, plural, one {{b, plural, =1 {x} other {y}}} other {z}}");

        assertThat(TranslationValidator.pluralBlocks(pattern)).containsExactly(
                new TranslationValidator.PluralBlock(PluralType.CARDINAL, Set.of("one", "other")),
                new TranslationValidator.PluralBlock(PluralType.CARDINAL, Set.of("=1", "other")));
    }

    /** Valid English for the planted source, with one text replaced. */
    private static Map<String, String> english(String key, String pattern) {
        Map<String, String> texts = new LinkedHashMap<>(Map.of(
                "a.b.hello", "Hello {name}!",
                "a.b.count", "{count, plural, one {# person} other {# people}}"));
        texts.put(key, pattern);
        return texts;
    }
}
