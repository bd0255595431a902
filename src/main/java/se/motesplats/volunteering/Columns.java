package se.motesplats.volunteering;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How the volunteering tables keep small sets in one column: comma-separated, sorted, so equal sets read equal. */
final class Columns {

    private Columns() {
    }

    static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enums(String joined, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        parts(joined).forEach(part -> values.add(Enum.valueOf(type, part)));
        return values;
    }

    static String skills(Collection<LanguageSkill> skills) {
        return skills.stream().map(skill -> skill.language().tag() + ":" + skill.fluency().name()).sorted()
                .collect(Collectors.joining(","));
    }

    static List<LanguageSkill> skills(String joined) {
        return parts(joined).map(part -> part.split(":", 2))
                .flatMap(pair -> SpokenLanguage.byTag(pair[0]).map(language -> new LanguageSkill(language, Fluency.valueOf(pair[1])))
                        .stream())
                .toList();
    }

    static String languages(Collection<SpokenLanguage> languages) {
        return languages.stream().map(SpokenLanguage::tag).sorted().collect(Collectors.joining(","));
    }

    static Set<SpokenLanguage> languages(String joined) {
        return parts(joined).map(SpokenLanguage::byTag).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SpokenLanguage.class)));
    }

    static String ages(Collection<Integer> ages) {
        return ages.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> ages(String joined) {
        return parts(joined).map(Integer::valueOf).sorted().toList();
    }

    private static java.util.stream.Stream<String> parts(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).filter(part -> !part.isEmpty());
    }
}
