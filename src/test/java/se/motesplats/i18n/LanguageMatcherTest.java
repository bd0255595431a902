package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageMatcherTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
            "ar-SE,ar;q=0.9,sv;q=0.5 | ar",
            "ti-ER | ti",
            "prs | fa-AF",
            "fa-AF,fa;q=0.8 | fa-AF",
            "fa-IR | fa",
            "ku | kmr",
            "ckb-IQ | ckb",
            "uk-UA,ru;q=0.7 | uk",
            "de-DE,en;q=0.5 | en",
            "so | so",
            "ps-AF | ps",
            "zh-CN | sv",
            "'' | sv",
            ";;;garbage | sv"})
    void picksTheBestSupportedLanguage(String header, String expectedTag) {
        assertThat(LanguageMatcher.bestMatch(header).tag()).isEqualTo(expectedTag);
    }

    @ParameterizedTest
    @CsvSource({"ar, rtl", "fa, rtl", "fa-AF, rtl", "ps, rtl", "ckb, rtl", "kmr, ltr", "ti, ltr", "sv, ltr", "uk, ltr"})
    void knowsEachLanguagesDirection(String tag, String direction) {
        assertThat(SupportedLanguage.byTag(tag).orElseThrow().direction().attribute()).isEqualTo(direction);
    }
}
