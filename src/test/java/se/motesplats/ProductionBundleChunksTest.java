package se.motesplats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The committed production bundle has a chunk for every route that this code has (docs/adr/0002, point 4).
 * Only the public pages' components load with the first page; each staff route's components come in Vaadin's
 * lazy chunk for that route, which the browser imports when the server names the route's key (a hash of the
 * route's class). Vaadin decides whether the committed bundle is stale by the set of all modules only: a new
 * route built from known components leaves that set unchanged, the old bundle is kept, it has no chunk for the
 * new key, and in production the page renders without its fields.
 *
 * <p>Vaadin's Maven plugin writes, in every build without {@code -Dvaadin.skip}, the imports file for the code
 * ({@code frontend/generated/flow/generated-flow-imports.js}) with one {@code key === '<key>'} per route chunk;
 * the bundle's minified copy has the same keys. This test compares the keys. It cannot compare what is in each
 * chunk: the plugin's {@code prepare-frontend} writes other import lines than the production build bundles (its
 * chunk names, SHA-256 of the lines, match the bundle's only when the bundle was just rebuilt), so a route that
 * starts using a component only another route's chunk has is not caught here (see the ADR). When this fails,
 * rebuild the bundle: {@code rm -rf src/main/bundles/prod.bundle target/classes/META-INF/VAADIN} and
 * {@code ./mvnw process-classes} with Node 24 on the PATH.
 */
class ProductionBundleChunksTest {

    static final Path GENERATED = Path.of("frontend", "generated", "flow", "generated-flow-imports.js");
    static final Path BUNDLE = Path.of("src", "main", "bundles", "prod.bundle");
    static final Path CLASSES = Path.of("target", "classes", "se");
    /** Vaadin's source: {@code if (key === '<key>') {\n    pending.push(import('./chunks/chunk-<sha256>.js'));}. */
    static final Pattern GENERATED_CHUNK = Pattern.compile(
            "key === '([0-9a-f]{64})'\\)\\s*\\{\\s*pending\\.push\\(import\\('\\./chunks/chunk-([0-9a-f]{64})\\.js'\\)\\);");
    /** The same after Vite's minifier: {@code e===`<key>`&&t.push(f(()=>import(`./chunk-<sha256>-<vite hash>.js`)...}. */
    static final Pattern BUNDLED_CHUNK = Pattern.compile(
            "[A-Za-z_$][\\w$]*===`([0-9a-f]{64})`&&[A-Za-z_$][\\w$]*\\.push\\([A-Za-z_$][\\w$]*\\(\\(\\)=>import\\(`\\./chunk-([0-9a-f]{64})-[A-Za-z0-9_-]+\\.js`\\)");

    @Test
    void everyRouteHasItsChunkInTheCommittedBundle() throws IOException {
        assumeTrue(Files.exists(GENERATED) && !olderThanTheClasses(GENERATED),
                GENERATED + " is missing or older than the compiled classes: build without -Dvaadin.skip to check the bundle");
        Map<String, String> needed = chunks(GENERATED_CHUNK, Files.readString(GENERATED));
        Map<String, String> bundled = chunks(BUNDLED_CHUNK, bundledImports());

        assertThat(needed).as("Vaadin's generated imports name the routes' chunks (has the format changed?)").isNotEmpty();
        assertThat(bundled.keySet())
                .as("the route keys of the committed production bundle against the routes of this code; a route without "
                        + "its chunk renders without its components in production. Rebuild the bundle: rm -rf "
                        + "src/main/bundles/prod.bundle target/classes/META-INF/VAADIN && ./mvnw process-classes (Node 24)")
                .isEqualTo(needed.keySet());
    }

    @Test
    void theBundlesPatternReadsAMinifiedLoader() {
        String minified = "O_=e=>{let t=[];return e===`" + "a".repeat(64) + "`&&t.push(f(()=>import(`./chunk-" + "b".repeat(64)
                + "-12DijXpP.js`),__vite__mapDeps([4,1]),import.meta.url)),t}";
        assertThat(chunks(BUNDLED_CHUNK, minified)).containsExactly(Map.entry("a".repeat(64), "b".repeat(64)));
        String generated = "  if (key === '" + "c".repeat(64) + "') {\n    pending.push(import('./chunks/chunk-" + "d".repeat(64) + ".js'));\n  }";
        assertThat(chunks(GENERATED_CHUNK, generated)).containsExactly(Map.entry("c".repeat(64), "d".repeat(64)));
    }

    static Map<String, String> chunks(Pattern pattern, String source) {
        Map<String, String> chunks = new TreeMap<>();
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            chunks.put(matcher.group(1), matcher.group(2));
        }
        return chunks;
    }

    private static String bundledImports() throws IOException {
        try (ZipFile bundle = new ZipFile(BUNDLE.toFile())) {
            ZipEntry entry = bundle.stream()
                    .filter(e -> e.getName().matches("webapp/VAADIN/build/generated-flow-imports-[^/]+\\.js"))
                    .findFirst().orElseThrow(() -> new AssertionError(BUNDLE + " has no generated-flow-imports-*.js"));
            return new String(bundle.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** With -Dvaadin.skip Maven compiles the classes but Vaadin does not regenerate its imports. */
    private static boolean olderThanTheClasses(Path generated) throws IOException {
        if (!Files.isDirectory(CLASSES)) {
            return false;
        }
        FileTime written = Files.getLastModifiedTime(generated);
        try (Stream<Path> classes = Files.walk(CLASSES)) {
            return classes.filter(path -> path.toString().endsWith(".class"))
                    .anyMatch(path -> {
                        try {
                            return Files.getLastModifiedTime(path).compareTo(written) > 0;
                        } catch (IOException e) {
                            return true;
                        }
                    });
        }
    }
}
