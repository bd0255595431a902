package se.motesplats.i18n.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.motesplats.i18n.SupportedLanguage;

/**
 * Month and weekday names of Vaadin's date picker in the person's language (CLDR through the JDK),
 * weeks starting on Monday as in Sweden, dates written year-month-day as Swedish forms do.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static void localise(DatePicker picker, Locale uiLocale) {
        Locale locale = SupportedLanguage.of(uiLocale).formattingLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        picker.setLocale(locale);
    }
}
