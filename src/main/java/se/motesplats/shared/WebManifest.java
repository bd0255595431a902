package se.motesplats.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.motesplats.i18n.LanguagePreference;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;

/**
 * The web app manifest, in the visitor's language and direction, with maskable icons (Vaadin's
 * generated manifest has neither). Served at the path Vaadin's {@code @PWA} links to.
 */
@RestController
class WebManifest {

    static final String THEME_COLOUR = "#0b5e55";

    private final TranslationProvider translations;

    WebManifest(TranslationProvider translations) {
        this.translations = translations;
    }

    @GetMapping(value = "/manifest.webmanifest", produces = "application/manifest+json")
    ResponseEntity<Map<String, Object>> manifest(HttpServletRequest request) {
        SupportedLanguage language = LanguagePreference.of(request);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", translations.translate(language, "shared.app.name"));
        manifest.put("short_name", translations.translate(language, "shared.app.name"));
        manifest.put("description", translations.translate(language, "shared.app.description"));
        manifest.put("lang", language.tag());
        manifest.put("dir", language.direction().attribute());
        manifest.put("id", "/");
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("orientation", "portrait");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", THEME_COLOUR);
        manifest.put("icons", List.of(
                icon("icons/icon-192.png", "192x192", "any"),
                icon("icons/icon-512.png", "512x512", "any"),
                icon("icons/icon-192.png", "192x192", "maskable"),
                icon("icons/icon-512.png", "512x512", "maskable")));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/manifest+json"))
                .body(manifest);
    }

    private static Map<String, String> icon(String src, String sizes, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", purpose);
    }
}
