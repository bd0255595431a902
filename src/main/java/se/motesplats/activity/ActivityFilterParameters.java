package se.motesplats.activity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.motesplats.i18n.SupportedLanguage;

/**
 * The listing's filters as URL query parameters (listing page and JSON API alike), so a coordinator
 * can share a filtered list and a newcomer's back button works: {@code ?category=language-cafe&no-swedish&this-week&municipality=1290}.
 * Where the visitor stands is never a parameter: {@code near-me} and {@code sort=distance} make the page ask the browser.
 */
public final class ActivityFilterParameters {

    public static final String CATEGORY = "category";
    public static final String MUNICIPALITY = "municipality";
    public static final String TEXT = "q";
    public static final String WEEKDAY = "day";
    public static final String TIME = "time";
    public static final String SPOKEN = "spoken";
    public static final String GROUP = "for";
    public static final String LEVEL = "swedish";
    public static final String ORDER = "sort";
    private static final String BY_DISTANCE = "distance";

    private ActivityFilterParameters() {
    }

    public static ActivityFilter parse(Map<String, List<String>> parameters) {
        Set<ActivityFilter.Flag> flags = Arrays.stream(ActivityFilter.Flag.values())
                .filter(flag -> parameters.containsKey(flag.parameter()))
                .collect(Collectors.toSet());
        return new ActivityFilter(
                first(parameters, CATEGORY).flatMap(ActivityFilterParameters::category).orElse(null),
                first(parameters, MUNICIPALITY).filter(code -> code.matches("\\d{4}")).orElse(null),
                flags,
                first(parameters, TEXT).map(text -> text.length() > 100 ? text.substring(0, 100) : text).orElse(""),
                first(parameters, WEEKDAY).flatMap(day -> enumValue(java.time.DayOfWeek.class, day)).orElse(null),
                first(parameters, TIME).flatMap(time -> enumValue(TimeOfDay.class, time)).orElse(null),
                first(parameters, SPOKEN).flatMap(SupportedLanguage::byTag).orElse(null),
                first(parameters, GROUP).flatMap(group -> enumValue(TargetGroup.class, group)).orElse(null),
                first(parameters, LEVEL).flatMap(level -> enumValue(SwedishLevel.class, level)).orElse(null),
                first(parameters, ORDER).filter(BY_DISTANCE::equals).map(order -> ActivityFilter.Order.DISTANCE)
                        .orElse(ActivityFilter.Order.NEXT_MEETING),
                null);
    }

    public static Map<String, List<String>> of(ActivityFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (filter.category() != null) {
            parameters.put(CATEGORY, List.of(slug(filter.category())));
        }
        if (filter.municipalityCode() != null) {
            parameters.put(MUNICIPALITY, List.of(filter.municipalityCode()));
        }
        filter.flags().stream().sorted().forEach(flag -> parameters.put(flag.parameter(), List.of("")));
        if (!filter.text().isBlank()) {
            parameters.put(TEXT, List.of(filter.text().strip()));
        }
        if (filter.weekday() != null) {
            parameters.put(WEEKDAY, List.of(filter.weekday().name().toLowerCase(Locale.ROOT)));
        }
        if (filter.timeOfDay() != null) {
            parameters.put(TIME, List.of(filter.timeOfDay().name().toLowerCase(Locale.ROOT)));
        }
        if (filter.spoken() != null) {
            parameters.put(SPOKEN, List.of(filter.spoken().tag()));
        }
        if (filter.group() != null) {
            parameters.put(GROUP, List.of(filter.group().name().toLowerCase(Locale.ROOT)));
        }
        if (filter.level() != null) {
            parameters.put(LEVEL, List.of(filter.level().name().toLowerCase(Locale.ROOT)));
        }
        if (filter.order() == ActivityFilter.Order.DISTANCE) {
            parameters.put(ORDER, List.of(BY_DISTANCE));
        }
        return parameters;
    }

    public static String slug(ActivityCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static java.util.Optional<ActivityCategory> category(String slug) {
        return Arrays.stream(ActivityCategory.values()).filter(category -> slug(category).equals(slug)).findFirst();
    }

    private static <E extends Enum<E>> java.util.Optional<E> enumValue(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(value)).findFirst();
    }

    private static java.util.Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }
}
