package se.motesplats.shared;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;

/**
 * The page the service worker shows with no network, in all languages at once (it cannot ask the
 * server which one): a few lines of script show the remembered or the browser's language.
 * Built from {@code translations/} so that it never drifts from the other texts.
 */
@RestController
public class OfflinePage {

    /** Shows the remembered or the browser's language; the retry buttons load the page again. */
    private static final String SCRIPT = """
            (function () {
              var match = document.cookie.match(/(?:^|; )motesplats-lang=([^;]+)/);
              var wanted = match ? decodeURIComponent(match[1]) : (navigator.language || 'sv');
              var sections = Array.prototype.slice.call(document.querySelectorAll('section'));
              var chosen = sections.filter(function (s) { return s.lang.toLowerCase() === wanted.toLowerCase(); })[0]
                || sections.filter(function (s) { return s.lang === wanted.split('-')[0]; })[0]
                || sections[0];
              chosen.hidden = false;
              document.documentElement.lang = chosen.lang;
              document.documentElement.dir = chosen.dir;
              document.querySelectorAll('button').forEach(function (b) { b.addEventListener('click', function () { location.reload(); }); });
            })();""";

    /** The script's hash as a Content-Security-Policy source: the page is the same for everyone, and the script never changes. */
    public static final String SCRIPT_HASH = "sha256-" + java.util.Base64.getEncoder().encodeToString(sha256(SCRIPT));

    private final String html;

    OfflinePage(TranslationProvider translations) {
        String sections = Arrays.stream(SupportedLanguage.values())
                .map(language -> """
                        <section lang="%s" dir="%s" hidden>
                        <h1>%s</h1>
                        <p>%s</p>
                        <button type="button">%s</button>
                        </section>""".formatted(language.tag(), language.direction().attribute(),
                        escape(translations.translate(language, "pwa.offline.title")),
                        escape(translations.translate(language, "pwa.offline.text")),
                        escape(translations.translate(language, "pwa.offline.retry"))))
                .collect(Collectors.joining("\n"));
        html = """
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Mötesplats</title>
                <link rel="stylesheet" href="styles/offline.css">
                </head><body><main>
                %s
                </main>
                <script>%s</script>
                </body></html>
                """.formatted(sections, SCRIPT);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    @GetMapping(value = "/offline.html", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> offline() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(html);
    }
}
