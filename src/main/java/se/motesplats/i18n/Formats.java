package se.motesplats.i18n;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Dates and times in the visitor's language, calendar words and numerals (Arabic-Indic digits in
 * Arabic, Persian digits in Persian and Dari), from CLDR through ICU.
 */
public final class Formats {

    private Formats() {
    }

    /** "tisdag 24 november 18:00" in the language's own words and order. */
    public static String meeting(Instant start, SupportedLanguage language, ZoneId zone) {
        return format("EEEEdMMMMHHmm", start, language, zone);
    }

    /** "24 nov." for short lists. */
    public static String shortDate(Instant start, SupportedLanguage language, ZoneId zone) {
        return format("EEEdMMM", start, language, zone);
    }

    /** "24 november 2026" for a calendar day, such as when a document runs out. */
    public static String day(LocalDate day, SupportedLanguage language) {
        return format("yMMMMd", day.atTime(12, 0).toInstant(ZoneOffset.UTC), language, ZoneOffset.UTC);
    }

    public static String time(Instant start, SupportedLanguage language, ZoneId zone) {
        return format("HHmm", start, language, zone);
    }

    /** "2,4 km" or "800 m" with the language's digits and unit abbreviation; whole kilometres from 10 km on. */
    public static String distance(int metres, SupportedLanguage language) {
        ULocale locale = ULocale.forLocale(language.formattingLocale());
        if (metres < 1000) {
            int rounded = Math.max(100, (metres + 50) / 100 * 100);
            return NumberFormatter.withLocale(locale).unit(MeasureUnit.METER).unitWidth(NumberFormatter.UnitWidth.SHORT)
                    .format(rounded).toString();
        }
        return NumberFormatter.withLocale(locale).unit(MeasureUnit.KILOMETER).unitWidth(NumberFormatter.UnitWidth.SHORT)
                .precision(metres < 10_000 ? Precision.maxFraction(1) : Precision.integer())
                .format(metres / 1000.0).toString();
    }

    /**
     * The language tag with the numbering system ICU uses for it ("ar-u-nu-latn", "fa-u-nu-arabext"), so that
     * figures drawn in the browser (charts) have the same digits as the server's tables next to them.
     */
    public static String numberingTag(SupportedLanguage language) {
        ULocale locale = ULocale.forLocale(language.formattingLocale());
        return locale.setKeywordValue("numbers", NumberingSystem.getInstance(locale).getName()).toLanguageTag();
    }

    private static String format(String skeleton, Instant instant, SupportedLanguage language, ZoneId zone) {
        DateFormat format = DateFormat.getPatternInstance(skeleton, ULocale.forLocale(language.formattingLocale()));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(instant));
    }
}
