package se.motesplats.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.LanguagePreference;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;

/**
 * A server-rendered first paint of the public pages (docs/performance.md, "Lighthouse on the public pages"). In
 * production mode Vaadin's bootstrap page carries no view: a phone on a slow connection shows nothing until some
 * thirty JavaScript modules, the UI's start and the navigation have each made their round trip. So the bootstrap
 * page of a page that has a {@link FirstPaintPage} already carries that page's content as plain HTML, in the
 * visitor's language and direction, with links that work without JavaScript.
 *
 * <p>It goes away as the live view appears: motesplats.css hides it the moment Vaadin's router puts the view into
 * {@code #outlet} ({@code :has}, same style pass, so no flash and never two copies for a screen reader), and a
 * script the UI sends with its start removes it from the page at that moment (also where {@code :has} is missing).
 * Without JavaScript it simply stays.
 */
@Component
class FirstPaint implements VaadinServiceInitListener {

    static final String ID = "first-paint";

    /** Removes the first paint once the router has put something into the outlet. A constant; no values. */
    static final String REMOVE_WHEN_VIEW_SHOWS = """
            const first = document.getElementById('first-paint');
            const outlet = document.getElementById('outlet');
            if (first && outlet) {
              const done = () => { if (outlet.firstElementChild) { first.remove(); return true; } return false; };
              if (!done()) {
                new MutationObserver((changes, observer) => { if (done()) observer.disconnect(); })
                    .observe(outlet, { childList: true });
              }
            }""";

    private final List<FirstPaintPage> pages;
    private final TranslationProvider translations;
    private final boolean enabled;

    /** {@code motesplats.first-paint=false} leaves it out, to measure the difference (LighthouseBenchmark). */
    FirstPaint(List<FirstPaintPage> pages, TranslationProvider translations,
            @Value("${motesplats.first-paint:true}") boolean enabled) {
        this.pages = pages;
        this.translations = translations;
        this.enabled = enabled;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!enabled) {
            return;
        }
        event.addIndexHtmlRequestListener(response -> {
            if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) {
                return;
            }
            HttpServletRequest http = request.getHttpServletRequest();
            String path = Optional.ofNullable(request.getPathInfo()).orElse("").replaceAll("^/+|/+$", "");
            SupportedLanguage language = LanguagePreference.of(http);
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            http.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
            pages.stream().map(page -> page.render(path, parameters, language)).flatMap(Optional::stream).findFirst()
                    .ifPresent(content -> {
                        // Vaadin sets the title once the view is there; until then the tab, and a screen reader, need one
                        response.getDocument().title(content.title());
                        response.getDocument().body().prependChild(firstPaint(content.main(), language));
                        fontsOf(language).forEach(font -> response.getDocument().head().appendElement("link").attr("rel", "preload")
                                .attr("href", font).attr("as", "font").attr("type", "font/woff2").attr("crossorigin", ""));
                    });
        });
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(REMOVE_WHEN_VIEW_SHOWS));
    }

    /**
     * The faces of the language's script that fonts.css declares ({@code Noto Sans Arabic}, {@code Noto Sans Ethiopic}), as
     * files to preload. Found behind motesplats.css's {@code @import}, they arrived after the first paint, which was then
     * drawn in a fallback font, and the live view's text in the real font was larger: LCP moved to the live view.
     */
    List<String> fontsOf(SupportedLanguage language) {
        String script = language.script().name();
        String family = "Noto Sans " + script.charAt(0) + script.substring(1).toLowerCase(java.util.Locale.ROOT);
        return FONT_FACES.stream().filter(face -> face.family().equals(family)).map(FontFace::file).toList();
    }

    private record FontFace(String family, String file) {
    }

    /** The {@code @font-face} rules of fonts.css, read once: family and file (relative to the page, as "fonts/…"). */
    private static final List<FontFace> FONT_FACES = readFontFaces();

    private static List<FontFace> readFontFaces() {
        try (var css = FirstPaint.class.getResourceAsStream("/META-INF/resources/styles/fonts.css")) {
            if (css == null) {
                return List.of();
            }
            String text = new String(css.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher face = java.util.regex.Pattern.compile(
                    "@font-face\\s*\\{[^}]*?font-family:\\s*['\"]?([^'\";]+?)['\"]?\\s*;[^}]*?url\\(['\"]?\\.\\./(fonts/[^)'\"]+\\.woff2)").matcher(text);
            List<FontFace> faces = new java.util.ArrayList<>();
            while (face.find()) {
                faces.add(new FontFace(face.group(1), face.group(2)));
            }
            return List.copyOf(faces);
        } catch (java.io.IOException unreadable) {
            return List.of();
        }
    }

    /** The page's content under a bar like the app's, with the app's name linking to the start page. */
    Element firstPaint(Element main, SupportedLanguage language) {
        Element firstPaint = new Element("div").id(ID).addClass("fp");
        Element bar = firstPaint.appendElement("header").addClass("fp-bar");
        bar.appendElement("a").addClass("fp-brand").attr("href", ".")
                .text(translations.translate(language, "shared.app.name"));
        firstPaint.appendChild(main.addClass("fp-main"));
        return firstPaint;
    }
}
