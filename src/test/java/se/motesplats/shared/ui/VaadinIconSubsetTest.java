package se.motesplats.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pictograms come from the app's subset of Vaadin's icon set ({@code frontend/icons/vaadin-subset.ts}, made by
 * {@code frontend/icons/make-subset.mjs}), not from the whole set (≈ 600 icons, 53 KB compressed on a newcomer's
 * first visit; docs/performance.md, "Weight"). A name the subset lacks draws nothing, and the subset is registered
 * first under the name "vaadin", so the whole set loaded later would not fill the gap (Vaadin's
 * {@code Iconset.register} keeps the first set of a name).
 */
class VaadinIconSubsetTest {

    private static final Path SUBSET = Path.of("frontend/icons/vaadin-subset.ts");
    private static final Pattern NAME = Pattern.compile("vaadin:([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern DEFINED = Pattern.compile("^  \\[\"([a-z0-9-]+)\", ", Pattern.MULTILINE);
    private static final Pattern ALIAS = Pattern.compile("\\{\"use\":\"([a-z0-9-]+)\"}");

    @Test
    void everyIconNamedInTheCodeIsInTheSubset() {
        Map<String, Set<String>> named = new TreeMap<>();
        for (Path file : sources()) {
            Matcher matcher = NAME.matcher(read(file));
            while (matcher.find()) {
                named.computeIfAbsent(matcher.group(1), name -> new TreeSet<>()).add(file.toString());
            }
        }
        Set<String> defined = new TreeSet<>();
        DEFINED.matcher(read(SUBSET)).results().forEach(result -> defined.add(result.group(1)));

        assertThat(named).as("icon names found in src/main/java and frontend/").containsKeys("globe", "comments", "circle");
        // an alias draws the icon it points at
        ALIAS.matcher(read(SUBSET)).results().forEach(alias -> named.computeIfAbsent(alias.group(1), name -> new TreeSet<>()).add(SUBSET + " (alias)"));
        Map<String, Set<String>> missing = new TreeMap<>(named);
        missing.keySet().removeAll(defined);
        assertThat(missing).as("icons named in the code but missing from %s: run `node frontend/icons/make-subset.mjs` "
                + "(and check that Vaadin's set has them)", SUBSET).isEmpty();
    }

    @Test
    void theSubsetKeepsVaadinsLicenceNoticeAndRegistersUnderTheSetsOwnName() {
        String subset = read(SUBSET);
        assertThat(subset).contains("Copyright (c) 2015 - ", "Vaadin Ltd.", "Apache License Version 2.0")
                .contains("Iconset.register('vaadin', 16, template);")
                .contains("import '@vaadin/icon/vaadin-icon.js';");
        assertThat(DEFINED.matcher(subset).results().count()).as("a subset, not the whole set").isBetween(10L, 150L);
    }

    @Test
    void noCodeLoadsVaadinsWholeIconSet() {
        List<String> offenders = sources().stream()
                .filter(file -> {
                    String text = read(file);
                    return text.contains("com.vaadin.flow.component.icon.Icon;")
                            || text.contains("com.vaadin.flow.component.icon.VaadinIcon")
                            || text.contains("com.vaadin.flow.component.icon.IconFactory")
                            || text.contains("com.vaadin.flow.component.icon.*")
                            || text.contains("@vaadin/icons");
                })
                .map(Path::toString)
                .toList();
        assertThat(offenders).as("use shared.ui.Pictogram (\"vaadin:name\"), not Icon/VaadinIcon or @vaadin/icons, "
                + "which load all ≈ 600 icons").isEmpty();
    }

    private static List<Path> sources() {
        try (Stream<Path> java = Files.walk(Path.of("src/main/java")); Stream<Path> frontend = Files.walk(Path.of("frontend"))) {
            return Stream.concat(java, frontend)
                    .filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(java|ts|js|html|css)$"))
                    .filter(file -> !file.startsWith(Path.of("frontend/generated")) && !file.startsWith(Path.of("frontend/icons")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
