package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The downloadable faces of fonts.css come in two slices per script (frontend/fonts/make-slices.mjs), and a phone
 * without the script's face downloads a slice only for text with its characters. Every character the app writes itself
 * (its translations, the languages' own names) is in a "common" slice, so that our texts never need a "rare" one.
 */
class FontSlicesTest {

    private static final Pattern FACE = Pattern.compile("@font-face \\{([^}]*)}");
    private static final Pattern FAMILY = Pattern.compile("font-family: '([^']+)'");
    private static final Pattern WEIGHT = Pattern.compile("font-weight: (\\d+)");
    private static final Pattern FILE = Pattern.compile("url\\(\\.\\./fonts/([^)]+)\\)");
    private static final Pattern RANGE = Pattern.compile("unicode-range: ([^;]+);");

    record Face(String family, int weight, String file, Set<Integer> range) {

        boolean common() {
            return file != null && file.contains("-common-");
        }
    }

    @Test
    void everyCharacterOurTextsWriteIsInACommonSlice() throws IOException {
        List<Face> faces = faces();
        TranslationCatalog catalog = TranslationCatalog.loadFromClasspath();
        Set<String> outside = new TreeSet<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Set<Integer> written = new HashSet<>();
            catalog.textsOf(language).values().forEach(text -> text.codePoints().forEach(written::add));
            language.nativeName().codePoints().forEach(written::add);
            for (int character : written) {
                for (Face slice : faces) {
                    if (slice.file() != null && !slice.common() && slice.range().contains(character)) {
                        outside.add(language.tag() + ": " + Character.toString(character) + " (U+"
                                + HexFormat.of().withUpperCase().toHexDigits(character, 4) + ") in " + slice.file());
                    }
                }
            }
        }
        assertThat(outside).as("characters of our texts in a rare slice: run frontend/fonts/make-slices.mjs").isEmpty();
    }

    /**
     * Two slices per family, regular, not overlapping, together covering the script's letters; and no other face: a
     * bold face the phone does not have draws boxes instead of Ethiopic letters, where without one the browser thickens
     * the regular face.
     */
    @Test
    void eachScriptHasTwoRegularSlicesCoveringItsLettersOnce() throws IOException {
        Map<String, List<Face>> families = faces().stream().collect(Collectors.groupingBy(Face::family));
        assertThat(families).containsOnlyKeys("Noto Sans Arabic", "Noto Sans Ethiopic");
        families.forEach((family, slices) -> {
            assertThat(slices).as(family).hasSize(2).filteredOn(Face::common).hasSize(1);
            assertThat(slices).as(family).allSatisfy(slice -> {
                assertThat(slice.weight()).isEqualTo(400);
                assertThat(slice.file()).isNotNull();
            });
            assertThat(slices.getFirst().range()).as("the slices of %s overlap", family)
                    .doesNotContainAnyElementsOf(slices.getLast().range());
        });
        assertThat(covered(families.get("Noto Sans Arabic")))
                .containsAll(codePoints("U+0600-06FF,U+0750-077F,U+08A0-08E1,U+08E3-08FF,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC"));
        assertThat(covered(families.get("Noto Sans Ethiopic"))).containsAll(codePoints("U+1200-1399,U+2D80-2DDE"));
    }

    private static Set<Integer> covered(List<Face> slices) {
        Set<Integer> covered = new HashSet<>();
        slices.forEach(slice -> covered.addAll(slice.range()));
        return covered;
    }

    private static List<Face> faces() throws IOException {
        String css;
        try (InputStream in = FontSlicesTest.class.getResourceAsStream("/META-INF/resources/styles/fonts.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return FACE.matcher(css).results().map(face -> new Face(first(FAMILY, face.group(1)),
                Integer.parseInt(first(WEIGHT, face.group(1))), first(FILE, face.group(1)),
                codePoints(first(RANGE, face.group(1))))).toList();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The code points of a CSS unicode-range ("U+0600-06FF,U+204F"). */
    private static Set<Integer> codePoints(String range) {
        Set<Integer> points = new HashSet<>();
        for (String part : range.split(",")) {
            String[] bounds = part.trim().substring(2).split("-");
            int from = Integer.parseInt(bounds[0], 16);
            int to = bounds.length == 1 ? from : Integer.parseInt(bounds[1], 16);
            for (int point = from; point <= to; point++) {
                points.add(point);
            }
        }
        return points;
    }
}
