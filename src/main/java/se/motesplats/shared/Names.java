package se.motesplats.shared;

import org.jspecify.annotations.Nullable;

/**
 * Names as people type them: first names, aliases, companions' and walk-ins' first names, and
 * organisations' names. Every service that takes one passes it through {@link #clean} before it
 * checks or stores it, so that a name cannot carry Unicode's invisible direction controls: a first
 * name "\u202Eabc" would otherwise turn the rest of a sentence it stands in around ("Amina
 * invited ..." read backwards), a spoof and not script. Other invisible characters that names in
 * Arabic script need (zero-width joiner and non-joiner) stay. Where a name is put into a sentence,
 * the translation provider isolates it as well (i18n, for names stored before this rule).
 */
public final class Names {

    private Names() {
    }

    /** The name without direction controls and without white space around it. */
    public static String clean(String typed) {
        StringBuilder kept = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !isDirectionControl(c)).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    /** {@link #clean}, keeping "no name" as it is. */
    public static @Nullable String cleanOrNull(@Nullable String typed) {
        return typed == null ? null : clean(typed);
    }

    /**
     * The explicit direction formatting characters: embeddings and overrides (U+202A–U+202E),
     * isolates (U+2066–U+2069), the left-to-right, right-to-left and Arabic letter marks (U+200E,
     * U+200F, U+061C).
     */
    public static boolean isDirectionControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
