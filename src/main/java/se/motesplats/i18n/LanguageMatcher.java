package se.motesplats.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Picks the best supported language for a browser's Accept-Language header. */
public final class LanguageMatcher {

    /** Tags browsers and people use for our languages under other names. */
    private static final Map<String, SupportedLanguage> ALIASES = Map.ofEntries(
            Map.entry("prs", SupportedLanguage.DARI),
            Map.entry("fa-af", SupportedLanguage.DARI),
            Map.entry("ku", SupportedLanguage.KURDISH_KURMANJI),
            Map.entry("ku-latn", SupportedLanguage.KURDISH_KURMANJI),
            Map.entry("ku-arab", SupportedLanguage.KURDISH_SORANI),
            Map.entry("sdh", SupportedLanguage.KURDISH_SORANI),
            Map.entry("nb", SupportedLanguage.SWEDISH),
            Map.entry("no", SupportedLanguage.SWEDISH),
            Map.entry("da", SupportedLanguage.SWEDISH));

    private LanguageMatcher() {
    }

    public static SupportedLanguage bestMatch(String acceptLanguage) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return SupportedLanguage.SOURCE;
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> match(range.getRange()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(SupportedLanguage.SOURCE);
    }

    private static Optional<SupportedLanguage> match(String range) {
        String tag = range.toLowerCase(Locale.ROOT);
        Optional<SupportedLanguage> exact = SupportedLanguage.byTag(tag);
        if (exact.isPresent()) {
            return exact;
        }
        for (String candidate = tag; !candidate.isEmpty(); candidate = parentOf(candidate)) {
            if (ALIASES.containsKey(candidate)) {
                return Optional.of(ALIASES.get(candidate));
            }
            String primary = candidate;
            Optional<SupportedLanguage> byPrimary = Arrays.stream(SupportedLanguage.values())
                    .filter(language -> language.tag().equals(primary))
                    .findFirst();
            if (byPrimary.isPresent()) {
                return byPrimary;
            }
        }
        return Optional.empty();
    }

    private static String parentOf(String tag) {
        int dash = tag.lastIndexOf('-');
        return dash < 0 ? "" : tag.substring(0, dash);
    }
}
