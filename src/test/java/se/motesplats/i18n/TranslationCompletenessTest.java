package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every language file has every key of the Swedish source, with valid ICU patterns, the same
 * arguments, and every CLDR plural category its language needs.
 */
class TranslationCompletenessTest {

    private static final TranslationCatalog CATALOG = TranslationCatalog.loadFromClasspath();
    private static final Map<String, String> SOURCE = CATALOG.textsOf(SupportedLanguage.SOURCE);

    @Test
    void theSourceHasTexts() {
        assertThat(SOURCE).hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void hasExactlyTheSourceKeys(SupportedLanguage language) {
        assertThat(CATALOG.textsOf(language).keySet())
                .as("keys of translations/%s", TranslationCatalog.fileName(language))
                .containsExactlyInAnyOrderElementsOf(SOURCE.keySet());
    }

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void patternsAreValidWithTheSourceArgumentsAndAllPluralCategories(SupportedLanguage language) {
        List<String> problems = new ArrayList<>();
        Set<String> categories = PluralRules.forLocale(ULocale.forLocale(language.formattingLocale())).getKeywords();
        CATALOG.textsOf(language).forEach((key, pattern) -> {
            try {
                MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(language.formattingLocale()));
                String source = SOURCE.get(key);
                if (source != null) {
                    Set<String> expected = new TreeSet<>(new MessageFormat(source).getArgumentNames());
                    Set<String> actual = new TreeSet<>(format.getArgumentNames());
                    if (!expected.equals(actual)) {
                        problems.add(key + ": arguments " + actual + " but the source has " + expected);
                    }
                }
                for (Set<String> selectors : pluralSelectors(pattern)) {
                    Set<String> missing = new TreeSet<>(categories);
                    missing.removeAll(selectors);
                    if (!missing.isEmpty()) {
                        problems.add(key + ": plural misses " + missing);
                    }
                    Set<String> unknown = new TreeSet<>(selectors);
                    unknown.removeIf(selector -> categories.contains(selector) || selector.startsWith("="));
                    if (!unknown.isEmpty()) {
                        problems.add(key + ": plural has categories " + unknown + " that the language does not use");
                    }
                }
            } catch (IllegalArgumentException invalid) {
                problems.add(key + ": invalid ICU pattern (" + invalid.getMessage() + ")");
            }
        });
        assertThat(problems).as("problems in translations/%s", TranslationCatalog.fileName(language)).isEmpty();
    }

    /** The selectors of every plural argument in a pattern, nested ones included. */
    static List<Set<String>> pluralSelectors(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Set<String>> result = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> selectors = new HashSet<>();
                int limit = parsed.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part inner = parsed.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        selectors.add(parsed.getSubstring(inner));
                    } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = parsed.getLimitPartIndex(j);
                    }
                }
                result.add(selectors);
            }
        }
        return result;
    }

    @Test
    void findsMissingPluralCategories() {
        assertThat(pluralSelectors("{n, plural, one {# a} other {# b}}")).containsExactly(Set.of("one", "other"));
        assertThat(PluralRules.forLocale(ULocale.forLanguageTag("ar")).getKeywords())
                .containsExactlyInAnyOrder("zero", "one", "two", "few", "many", "other");
        assertThat(PluralRules.forLocale(ULocale.forLanguageTag("uk")).getKeywords())
                .containsExactlyInAnyOrder("one", "few", "many", "other");
    }
}
