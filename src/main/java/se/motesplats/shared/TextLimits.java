package se.motesplats.shared;

import org.jspecify.annotations.Nullable;

/**
 * Lengths of free text as the database columns hold them: a longer text is refused with one
 * translated sentence ("the text is too long") instead of reaching the column's limit, where it
 * would end in the error page. Counted in characters (code points), as the columns count.
 */
public final class TextLimits {

    /** First names and aliases (varchar 100). */
    public static final int NAME = 100;
    /** Titles, venue and organisation names (varchar 200). */
    public static final int TITLE = 200;
    /** E-mail addresses (varchar 254). */
    public static final int EMAIL = 254;
    /** Addresses (varchar 300). */
    public static final int ADDRESS = 300;
    /** Comments (varchar 1000). */
    public static final int COMMENT = 1000;
    /** Descriptions (TEXT: 64 KiB, up to 4 bytes a character). */
    public static final int DESCRIPTION = 10_000;

    private TextLimits() {
    }

    public static void require(@Nullable String text, int most) {
        if (text != null && text.codePointCount(0, text.length()) > most) {
            throw new RuleViolation("shared.rule.too-long");
        }
    }
}
