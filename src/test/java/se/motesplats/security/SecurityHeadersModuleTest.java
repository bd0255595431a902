package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/**
 * The headers and the session cookie as a browser receives them, over real HTTP on the random port:
 * once as plain http and once as a TLS-terminating proxy forwards https. Then the absolute session
 * timeout, by moving the clock. Writes how many header checks passed to target/security-report/headers.properties.
 */
class SecurityHeadersModuleTest extends ModuleTestBase {

    private static final AtomicInteger HEADER_CHECKS = new AtomicInteger();
    private static final Set<String> HEADER_NAMES = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private static final Set<String> PAGES = new TreeSet<>();

    @LocalServerPort int port;
    @Autowired ServletContext servletContext;
    @Autowired TestClock clock;
    @Value("${motesplats.security.absolute-session-timeout}") Duration absoluteTimeout;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void passed(String header) {
        HEADER_CHECKS.incrementAndGet();
        HEADER_NAMES.add(header);
    }

    private static String single(HttpResponse<?> response, String header) {
        List<String> values = response.headers().allValues(header);
        assertThat(values).as("exactly one %s header", header).hasSize(1);
        return values.getFirst();
    }

    /** "a b; c d" → {a=b, c=d}: directive name to its sources, as a browser reads a policy. */
    private static Map<String, String> directives(String policy, String separator) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String part : policy.split(separator)) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                String[] nameAndValue = trimmed.split("[\\s=]+", 2);
                assertThat(directives.put(nameAndValue[0].toLowerCase(), nameAndValue.length > 1 ? nameAndValue[1].trim() : ""))
                        .as("directive %s given once", nameAndValue[0]).isNull();
            }
        }
        return directives;
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst();
    }

    private static Set<String> cookieAttributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(String::trim).map(String::toLowerCase).collect(Collectors.toSet());
    }

    /** The headers every page carries, whether the request came over http or https. */
    private void checkCommonHeaders(HttpResponse<String> page) {
        Map<String, String> csp = directives(single(page, "Content-Security-Policy"), ";");
        assertThat(csp).containsEntry("default-src", "'self'").containsEntry("object-src", "'none'")
                .containsEntry("frame-ancestors", "'none'").containsEntry("base-uri", "'self'");
        assertThat(csp.values()).as("no source allows any host").noneMatch(sources -> Arrays.asList(sources.split("\\s+")).contains("*"));
        List<String> scripts = Arrays.asList(csp.get("script-src").split("\\s+"));
        assertThat(scripts).as("inline scripts run by nonce or hash only").doesNotContain("'unsafe-inline'")
                .anyMatch(source -> source.startsWith("'nonce-")).contains("'" + se.motesplats.shared.OfflinePage.SCRIPT_HASH + "'");
        String nonce = scripts.stream().filter(source -> source.startsWith("'nonce-")).findFirst().orElseThrow()
                .replaceAll("^'nonce-|'$", "");
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("<script\\b[^>]*>").matcher(page.body());
        while (script.find()) {
            assertThat(script.group()).as("every script of the page carries the response's nonce").contains("nonce=\"" + nonce + "\"");
        }
        passed("Content-Security-Policy");

        assertThat(single(page, "X-Content-Type-Options")).isEqualToIgnoringCase("nosniff");
        passed("X-Content-Type-Options");

        assertThat(single(page, "Referrer-Policy")).isEqualTo("same-origin");
        passed("Referrer-Policy");

        Map<String, String> permissions = directives(single(page, "Permissions-Policy"), ",");
        assertThat(permissions).as("the camera only for this site (the check-in scanner), never for other origins")
                .containsEntry("camera", "(self)");
        assertThat(permissions).containsEntry("microphone", "()").containsEntry("payment", "()");
        passed("Permissions-Policy");

        assertThat(single(page, "X-Frame-Options")).isEqualTo("DENY");
        passed("X-Frame-Options");
    }

    private static void checkSessionCookie(HttpResponse<String> page, boolean https) {
        String cookie = sessionCookie(page).orElseThrow(() -> new AssertionError("the page starts a session"));
        Set<String> attributes = cookieAttributes(cookie);
        assertThat(attributes).as(cookie).contains("httponly", "samesite=lax", "path=/");
        if (https) {
            assertThat(attributes).as("over https the cookie is Secure: " + cookie).contains("secure");
        }
        passed("Set-Cookie");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/activities", "/sign-in"})
    void aPublicPageOverPlainHttpCarriesEveryHeaderButHsts(String path) throws Exception {
        HttpResponse<String> page = get(path, Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        checkCommonHeaders(page);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS over plain http would be ignored by browsers and wrong behind no TLS").isEmpty();
        passed("Strict-Transport-Security");
        checkSessionCookie(page, false);
        PAGES.add(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/activities", "/sign-in"})
    void behindATlsProxyThePageAlsoCarriesHstsAndASecureCookie(String path) throws Exception {
        HttpResponse<String> page = get(path, Map.of("X-Forwarded-Proto", "https"));
        assertThat(page.statusCode()).isEqualTo(200);
        checkCommonHeaders(page);
        List<String> hsts = Arrays.stream(single(page, "Strict-Transport-Security").split(";")).map(String::trim).toList();
        assertThat(hsts).contains("includeSubDomains");
        long maxAge = hsts.stream().filter(part -> part.startsWith("max-age=")).mapToLong(part -> Long.parseLong(part.substring(8)))
                .findFirst().orElseThrow(() -> new AssertionError("HSTS without max-age: " + hsts));
        assertThat(maxAge).as("at least a year").isGreaterThanOrEqualTo(Duration.ofDays(365).toSeconds());
        passed("Strict-Transport-Security");
        checkSessionCookie(page, true);
        PAGES.add(path);
    }

    /**
     * Scripts a page imports, fonts, PNG icons and JSON are never a document or a worker: they go without the
     * document-only headers (issue 9, item 1: some sixty of them on a phone's first visit), but keep nosniff and HSTS.
     * The service worker's script, stylesheets (Referrer-Policy only), the offline page and error pages keep them.
     */
    @Test
    void filesThatAreNeverADocumentGoWithoutTheDocumentHeaders() throws Exception {
        String page = get("/activities", Map.of()).body();
        java.util.regex.Matcher bundled = java.util.regex.Pattern.compile("VAADIN/build/[^\"']+\\.js").matcher(page);
        assertThat(bundled.find()).as("the page loads a bundle file").isTrue();
        String fonts = get("/styles/fonts.css", Map.of()).body();
        java.util.regex.Matcher font = java.util.regex.Pattern.compile("url\\(\\.\\./(fonts/[^)]+\\.woff2)\\)").matcher(fonts);
        assertThat(font.find()).isTrue();
        List<String> documentOnly = List.of("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options", "X-XSS-Protection");
        for (String path : List.of("/" + bundled.group(), "/" + font.group(1), "/icons/icon-192.png")) {
            HttpResponse<String> file = get(path, Map.of("X-Forwarded-Proto", "https"));
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            for (String header : documentOnly) {
                assertThat(file.headers().firstValue(header)).as("%s on %s", header, path).isEmpty();
            }
            assertThat(file.headers().firstValue("Referrer-Policy")).as("Referrer-Policy on %s", path).isEmpty();
            assertThat(single(file, "X-Content-Type-Options")).as(path).isEqualToIgnoringCase("nosniff");
            assertThat(file.headers().firstValue("Strict-Transport-Security")).as("HSTS on %s", path).isPresent();
        }
        passed("X-Content-Type-Options");

        for (String path : List.of("/sw.js", "/offline.html", "/VAADIN/build/missing-AAAAAAAA.js", "/no-such-page")) {
            HttpResponse<String> response = get(path, Map.of());
            for (String header : documentOnly) {
                assertThat(response.headers().allValues(header)).as("%s on %s (%d)", header, path, response.statusCode()).hasSize(1);
            }
        }
        assertThat(directives(single(get("/sw.js", Map.of()), "Content-Security-Policy"), ";"))
                .as("the service worker runs under its script's own policy").containsEntry("default-src", "'self'")
                .containsEntry("connect-src", "'self'");
        HttpResponse<String> stylesheet = get("/styles/motesplats.css", Map.of());
        assertThat(single(stylesheet, "Referrer-Policy")).as("a stylesheet's requests follow its own referrer policy")
                .isEqualTo("same-origin");
        assertThat(stylesheet.headers().firstValue("Content-Security-Policy")).isEmpty();
        passed("Content-Security-Policy");
    }

    /**
     * A public page that the browser has is not sent again (issue 9, repeat visit): {@code 304} without a body, and
     * without the page's policy, so the browser keeps the one whose nonce is in the page it stored (PageRevalidation).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/activities"})
    void aPageTheBrowserHasIsAnsweredNotModified(String path) throws Exception {
        Map<String, String> browser = Map.of("Accept", "text/html,application/xhtml+xml", "Accept-Language", "ti",
                "X-Forwarded-Proto", "https");
        HttpResponse<String> first = get(path, browser);
        assertThat(first.statusCode()).isEqualTo(200);
        checkCommonHeaders(first);
        String tag = single(first, "ETag");
        assertThat(tag).startsWith("W/\"");
        assertThat(single(first, "Cache-Control")).isEqualTo("private, no-cache");
        assertThat(first.body()).as("no per-response token that would make every page new").doesNotContain("name=\"_csrf\"");

        Map<String, String> holding = new java.util.HashMap<>(browser);
        holding.put("If-None-Match", tag);
        HttpResponse<String> again = get(path, holding);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(single(again, "ETag")).isEqualTo(tag);
        for (String header : List.of("Content-Security-Policy", "Permissions-Policy", "Referrer-Policy", "Pragma", "Expires")) {
            assertThat(again.headers().firstValue(header)).as("%s stays the stored page's", header).isEmpty();
        }
        assertThat(single(again, "X-Frame-Options")).as("stored over the page's, so the same").isEqualTo("DENY");
        assertThat(single(again, "X-Content-Type-Options")).isEqualToIgnoringCase("nosniff");
        assertThat(again.headers().firstValue("Strict-Transport-Security")).isPresent();
        passed("ETag");

        holding.put("Accept-Language", "sv");
        HttpResponse<String> swedish = get(path, holding);
        assertThat(swedish.statusCode()).as("the page in another language is another page").isEqualTo(200);
        assertThat(single(swedish, "ETag")).isNotEqualTo(tag);
    }

    @Test
    void eachResponseHasANonceOfItsOwnAndTheOfflinePagesScriptMatchesItsHash() throws Exception {
        assertThat(single(get("/", Map.of()), "Content-Security-Policy")).isNotEqualTo(single(get("/", Map.of()), "Content-Security-Policy"));
        String offline = get("/offline.html", Map.of()).body();
        String script = offline.substring(offline.indexOf("<script>") + "<script>".length(), offline.indexOf("</script>"));
        assertThat("sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .as("what the browser hashes is what the policy allows").isEqualTo(se.motesplats.shared.OfflinePage.SCRIPT_HASH);
        assertThat(offline).as("no inline event handlers, which no hash allows").doesNotContain("onclick");
        passed("Content-Security-Policy");
    }

    @Test
    void theSessionIdIsNeverPutIntoAnAddress() throws Exception {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
        HttpResponse<String> protectedPage = get("/my-devices", Map.of());
        assertThat(protectedPage.statusCode()).as("an anonymous visitor is sent to sign in").isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .contains("sign-in").doesNotContainIgnoringCase("jsessionid"));
        passed("Location");
    }

    @Test
    void aSessionEndsAtTheAbsoluteTimeoutHoweverBusyItWas() throws Exception {
        assertThat(absoluteTimeout).isEqualTo(Duration.ofHours(12));
        HttpResponse<String> first = get("/", Map.of());
        String session = sessionCookie(first).orElseThrow().split(";")[0];
        Map<String, String> withSession = Map.of("Cookie", session);

        assertThat(sessionCookie(get("/", withSession))).as("the session is kept").isEmpty();
        // Tomcat's idle timeout runs on the wall clock, so here only the absolute limit can end the session
        clock.advance(absoluteTimeout.minusMinutes(1));
        assertThat(sessionCookie(get("/", withSession))).as("a minute before the end it still holds").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        String renewed = sessionCookie(get("/", withSession)).orElseThrow(() -> new AssertionError("a fresh session after the timeout"))
                .split(";")[0];
        assertThat(renewed).isNotEqualTo(session);
        assertThat(sessionCookie(get("/", withSession)).orElseThrow(() -> new AssertionError("the old session id is refused"))
                .split(";")[0]).isNotEqualTo(session).isNotEqualTo(renewed);
        assertThat(sessionCookie(get("/", Map.of("Cookie", renewed)))).as("the fresh session counts from its own start").isEmpty();
    }

    @AfterAll
    static void writeFigures() throws IOException {
        Path report = Path.of("target", "security-report");
        Files.createDirectories(report);
        Files.writeString(report.resolve("headers.properties"), """
                # written by SecurityHeadersModuleTest: header checks that passed over real HTTP
                headers.checked=%d
                headers.names=%s
                headers.pages=%s
                """.formatted(HEADER_CHECKS.get(), String.join(",", HEADER_NAMES), String.join(",", PAGES)));
    }
}
