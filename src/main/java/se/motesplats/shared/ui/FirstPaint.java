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
                        // no preload of the script's font: it would download the file even where the phone has the
                        // face (fonts.css asks for local() first), which costs more bytes than the first paint saves
                        response.getDocument().body().prependChild(firstPaint(content.main(), language));
                    });
        });
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(REMOVE_WHEN_VIEW_SHOWS));
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
