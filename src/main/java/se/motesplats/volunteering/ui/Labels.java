package se.motesplats.volunteering.ui;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.volunteering.Gender;
import se.motesplats.volunteering.ProgrammeKind;
import se.motesplats.volunteering.Requirement;
import se.motesplats.volunteering.Suggestion;
import se.motesplats.volunteering.TimeSlot;

/** Words for the volunteering values in the reader's language, and lists of them joined as the language joins lists. */
final class Labels {

    private Labels() {
    }

    static String of(Component in, Object value) {
        return switch (value) {
            case ActivityCategory category -> in.getTranslation(category.translationKey());
            case TimeSlot slot -> in.getTranslation(slot.translationKey());
            case ProgrammeKind kind -> in.getTranslation(kind.translationKey());
            case Requirement requirement -> in.getTranslation(requirement.translationKey());
            case Gender gender -> in.getTranslation(gender.translationKey());
            case se.motesplats.volunteering.SpokenLanguage language -> language.autonym();
            case Integer number -> NumberFormat.getInstance(ULocale.forLocale(readerLanguage().formattingLocale()))
                    .format(number);
            default -> String.valueOf(value);
        };
    }

    /** "sport, music and crafts" in the reader's words, in the values' own order (enum order, ages rising). */
    static String list(Component in, Collection<? extends Comparable<?>> values) {
        ULocale locale = ULocale.forLocale(readerLanguage().formattingLocale());
        return ListFormatter.getInstance(locale).format(values.stream().sorted().map(value -> of(in, value)).toList());
    }

    private static SupportedLanguage readerLanguage() {
        return SupportedLanguage.of(com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    /** One line of a score's explanation. */
    static String reason(Component in, Suggestion.Reason reason) {
        Map<String, Object> arguments = new HashMap<>();
        reason.arguments().forEach((name, value) -> arguments.put(name,
                value instanceof Collection<?> values ? list(in, values.stream().map(item -> (Comparable<?>) item).toList()) : value));
        return in.getTranslation(reason.key(), arguments);
    }
}
