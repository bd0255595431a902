package se.motesplats.volunteering;

import java.util.Arrays;
import java.util.Optional;

/**
 * Languages people say they speak, shown by their own name (autonym) so that everyone finds theirs
 * whatever language the page is in. Wider than the portal's languages: a volunteer who speaks
 * French or Russian is a good match for someone who does.
 */
public enum SpokenLanguage {
    SWEDISH("sv", "Svenska"),
    ENGLISH("en", "English"),
    ARABIC("ar", "العربية"),
    PERSIAN("fa", "فارسی"),
    DARI("fa-AF", "دری"),
    PASHTO("ps", "پښتو"),
    KURDISH_SORANI("ckb", "کوردیی ناوەندی"),
    KURDISH_KURMANJI("kmr", "Kurdî (Kurmancî)"),
    TIGRINYA("ti", "ትግርኛ"),
    AMHARIC("am", "አማርኛ"),
    SOMALI("so", "Soomaali"),
    UKRAINIAN("uk", "Українська"),
    RUSSIAN("ru", "Русский"),
    TURKISH("tr", "Türkçe"),
    FRENCH("fr", "Français"),
    SPANISH("es", "Español"),
    GERMAN("de", "Deutsch"),
    BOSNIAN_CROATIAN_SERBIAN("bs", "Bosanski / Hrvatski / Srpski");

    private final String tag;
    private final String autonym;

    SpokenLanguage(String tag, String autonym) {
        this.tag = tag;
        this.autonym = autonym;
    }

    public String tag() {
        return tag;
    }

    public String autonym() {
        return autonym;
    }

    /** Persian and Dari speakers understand each other, so matching treats them as one. */
    public boolean understands(SpokenLanguage other) {
        return this == other || (this == PERSIAN && other == DARI) || (this == DARI && other == PERSIAN);
    }

    public static Optional<SpokenLanguage> byTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
