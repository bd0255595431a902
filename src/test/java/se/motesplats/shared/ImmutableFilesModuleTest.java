package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.motesplats.testing.ModuleTestBase;

/**
 * The cache lifetimes a phone receives for the real files of the production bundle, over HTTP from the
 * running app (production mode, as the tests run it): files named by their content for a year, everything
 * that keeps its name across releases short-lived.
 */
class ImmutableFilesModuleTest extends ModuleTestBase {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String cacheControl(HttpResponse<?> response) {
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    private static List<String> all(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(match -> match.group(1)).distinct().toList();
    }

    @Test
    void theBundleFilesAPageLoadsAreKeptForAYear() throws Exception {
        String page = new String(get("/activities").body());
        // the page names them relative to itself: src="VAADIN/build/indexhtml-<hash>.js"
        List<String> bundleFiles = all(Pattern.compile("[\"'](?:\\./|/)?(VAADIN/build/[^\"'?]+)"), page);
        assertThat(bundleFiles).as("the bootstrap page loads the production bundle: %s",
                page.substring(0, Math.min(page.length(), 2000))).isNotEmpty();
        for (String file : bundleFiles) {
            HttpResponse<byte[]> response = get("/" + file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(cacheControl(response)).as(file).isEqualTo(ImmutableFiles.FOR_A_YEAR);
        }
    }

    @Test
    void everyFontIsNamedByItsContentAndKeptForAYear() throws Exception {
        HttpResponse<byte[]> stylesheet = get("/styles/fonts.css");
        assertThat(cacheControl(stylesheet)).as("fonts.css keeps its name, so it must not be kept for long")
                .doesNotContain("immutable");
        List<String> fonts = all(Pattern.compile("url\\(\\.\\./fonts/([^)]+)\\)"), new String(stylesheet.body()));
        // two slices of the regular face per script, and no other face (FontSlicesTest)
        assertThat(fonts).hasSize(4);
        Pattern named = Pattern.compile(".+-([0-9a-f]{8})\\.woff2");
        for (String font : fonts) {
            HttpResponse<byte[]> response = get("/fonts/" + font);
            assertThat(response.statusCode()).as(font).isEqualTo(200);
            assertThat(cacheControl(response)).as(font).isEqualTo(ImmutableFiles.FOR_A_YEAR);
            Matcher name = named.matcher(font);
            assertThat(name.matches()).as("%s carries a content hash", font).isTrue();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body())))
                    .as("%s: a changed font needs a new name, or phones keep the old one for a year", font)
                    .startsWith(name.group(1));
        }
    }

    /**
     * Lumo's stylesheet is sent brotli-compressed from {@code META-INF/resources/lumo/lumo.css.br} (Vaadin's file
     * server prefers a {@code .br} copy): 34 KB instead of 44 KB gzipped on the fly, on every first visit. The copy
     * must be the stylesheet of the Lumo version in use, or phones would get another version's styles for a year
     * (its address carries the hash of the jar's file). After a Vaadin upgrade, make it again (docs/performance.md).
     */
    @Test
    void lumosStylesheetIsSentPrecompressedAndIsTheJarsOwn() throws Exception {
        byte[] jars = Thread.currentThread().getContextClassLoader().getResources("META-INF/resources/lumo/lumo.css")
                .nextElement().openStream().readAllBytes();
        byte[] copy;
        try (var stream = getClass().getResourceAsStream("/META-INF/resources/lumo/lumo.css.br")) {
            copy = stream.readAllBytes();
        }
        com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
        assertThat(com.aayushatharva.brotli4j.decoder.Decoder.decompress(copy).getDecompressedData())
                .as("lumo.css.br decompresses to the lumo.css of the Lumo jar in use; if not, make it again "
                        + "(docs/performance.md, \"Weight of the first and the repeat visit\")")
                .isEqualTo(jars);

        String page = new String(get("/activities").body());
        Matcher lumo = Pattern.compile("lumo/lumo\\.css\\?v-c=[0-9a-f]+").matcher(page);
        assertThat(lumo.find()).as("the page links Lumo's stylesheet").isTrue();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + lumo.group()))
                .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(response.body()).isEqualTo(copy);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }

    /** The favicon Vaadin makes had {@code no-cache} without validators: downloaded again on every page load. */
    @Test
    void theFaviconIsKeptForAnHour() throws Exception {
        String page = new String(get("/activities").body());
        Matcher favicon = Pattern.compile("icons/icon-\\d+-\\d+x\\d+\\.png").matcher(page);
        assertThat(favicon.find()).as("the page links the favicon Vaadin makes").isTrue();
        HttpResponse<byte[]> response = get("/" + favicon.group());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(cacheControl(response)).isEqualTo(PwaIconLifetime.AN_HOUR);
    }

    @Test
    void filesThatKeepTheirNameAndMissingFilesAreNotKeptForAYear() throws Exception {
        for (String path : List.of("/", "/activities", "/sw.js", "/icons/icon-192.png", "/icons/icon-512-32x32.png",
                "/fonts/noto-sans-arabic-arabic-400-normal-00000000.woff2", "/VAADIN/build/missing-AAAAAAAA.js")) {
            assertThat(cacheControl(get(path))).as(path).doesNotContain("immutable").doesNotContain("31536000");
        }
    }
}
