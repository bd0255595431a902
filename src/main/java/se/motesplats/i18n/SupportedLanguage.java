package se.motesplats.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's languages in the order the language picker shows them. The tag is the BCP 47
 * language tag, used for {@code <html lang>}, the file name in {@code translations/} and the
 * remembered choice.
 */
public enum SupportedLanguage {
    SWEDISH("sv", "Svenska", Direction.LTR, Script.LATIN, "sv"),
    EASY_SWEDISH("sv-x-easy", "Lätt svenska", Direction.LTR, Script.LATIN, "sv"),
    ENGLISH("en", "English", Direction.LTR, Script.LATIN, "en"),
    ARABIC("ar", "العربية", Direction.RTL, Script.ARABIC, "ar"),
    PERSIAN("fa", "فارسی", Direction.RTL, Script.ARABIC, "fa"),
    /** Dari as {@code fa-AF}: ICU has no CLDR data for {@code prs} and would call it left-to-right. */
    DARI("fa-AF", "دری", Direction.RTL, Script.ARABIC, "fa"),
    PASHTO("ps", "پښتو", Direction.RTL, Script.ARABIC, "ps"),
    KURDISH_SORANI("ckb", "کوردیی ناوەندی", Direction.RTL, Script.ARABIC, "ckb"),
    /** Kurmanji: CLDR files its plural rules under {@code ku}. */
    KURDISH_KURMANJI("kmr", "Kurdî (Kurmancî)", Direction.LTR, Script.LATIN, "ku"),
    TIGRINYA("ti", "ትግርኛ", Direction.LTR, Script.ETHIOPIC, "ti"),
    SOMALI("so", "Soomaali", Direction.LTR, Script.LATIN, "so"),
    UKRAINIAN("uk", "Українська", Direction.LTR, Script.CYRILLIC, "uk");

    public static final SupportedLanguage SOURCE = SWEDISH;

    public enum Direction {
        LTR, RTL;

        public String attribute() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The script decides which self-hosted font a page needs. */
    public enum Script {
        LATIN, CYRILLIC, ARABIC, ETHIOPIC
    }

    private final String tag;
    private final String nativeName;
    private final Direction direction;
    private final Script script;
    private final String pluralRulesTag;

    SupportedLanguage(String tag, String nativeName, Direction direction, Script script, String pluralRulesTag) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.direction = direction;
        this.script = script;
        this.pluralRulesTag = pluralRulesTag;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Direction direction() {
        return direction;
    }

    public Script script() {
        return script;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The locale whose CLDR plural rules and number formats apply to this language. */
    public Locale formattingLocale() {
        return this == EASY_SWEDISH ? SWEDISH.locale() : Locale.forLanguageTag(pluralRulesTag);
    }

    /** The language a missing text falls back to before Swedish. */
    public Optional<SupportedLanguage> parent() {
        return switch (this) {
            case EASY_SWEDISH -> Optional.of(SWEDISH);
            case DARI -> Optional.of(PERSIAN);
            default -> Optional.empty();
        };
    }

    public static Optional<SupportedLanguage> byTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /** The supported language a locale stands for; unknown locales give Swedish, the source language. */
    public static SupportedLanguage of(Locale locale) {
        return byTag(locale.toLanguageTag()).orElseGet(() -> LanguageMatcher.bestMatch(locale.toLanguageTag()));
    }
}
