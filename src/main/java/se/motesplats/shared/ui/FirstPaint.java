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
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.LanguagePreference;
import se.motesplats.i18n.LanguageSwitch;
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
 * {@code #outlet} ({@code :has}, same style pass, so no flash and never two copies for a screen reader), and the
 * page's own script ({@link #START_AT_FIRST_TOUCH}) removes it at that moment (also where {@code :has} is missing).
 * Without JavaScript it simply stays.
 *
 * <p>On these pages Vaadin's client starts at the person's first touch, key press or scroll, not while the page loads
 * (ADR 0008): reading needs no script, links and the search are plain HTML, and the page's CPU and data go to what the
 * person does next. Vaadin's entry script element stays where it was (with its nonce) but runs {@link
 * #START_AT_FIRST_TOUCH}, which adds the entry module at that moment.
 */
@Component
class FirstPaint implements VaadinServiceInitListener {

    static final String ID = "first-paint";

    /**
     * Adds Vaadin's entry module (the address in the element's {@code data-start}) at the first sign of the person: a
     * touch, a pointer, a key, the wheel, a scroll or focus; at once where the client already started in this tab (after
     * signing in, or a link followed after the first touch). Then removes the first paint once the router has put the
     * live view into the outlet, and hands what the person began to type in a field of the first paint (marked {@code
     * data-live} with the id of the live view's field) to the live field, with the focus. A constant; no values.
     */
    static final String START_AT_FIRST_TOUCH = """
            (() => {
              const entry = document.currentScript.dataset.start;
              const STARTED = 'motesplats-client-started';
              const signs = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'scroll', 'focusin'];
              const options = { capture: true, passive: true };
              const removeWhenViewShows = () => {
                const first = document.getElementById('first-paint');
                const outlet = document.getElementById('outlet');
                if (first && outlet) {
                  new MutationObserver((changes, observer) => {
                    if (!outlet.firstElementChild) return;
                    observer.disconnect();
                    // what the person began to type goes on in the live view's field, with the focus
                    const typed = [...first.querySelectorAll('input[data-live]')]
                        .filter((input) => input === document.activeElement || input.value !== input.defaultValue);
                    const focused = document.activeElement;
                    first.remove();
                    typed.forEach((input) => {
                      const live = document.getElementById(input.dataset.live);
                      if (!live) return;
                      live.value = input.value;
                      if (input === focused) live.focus();
                    });
                  }).observe(outlet, { childList: true });
                }
              };
              const start = (sign) => {
                // choosing a language in the first paint is a plain link: the app would replace the open list
                if (sign && sign.target instanceof Element && sign.target.closest('.fp-lang')) return;
                signs.forEach((sign) => removeEventListener(sign, start, options));
                if (document.readyState === 'loading') addEventListener('DOMContentLoaded', removeWhenViewShows);
                else removeWhenViewShows();
                try { sessionStorage.setItem(STARTED, '1'); } catch (privateMode) { /* starts again at the next touch */ }
                const script = document.createElement('script');
                script.type = 'module';
                script.src = entry;
                document.head.append(script);
              };
              let before = false;
              try { before = sessionStorage.getItem(STARTED) === '1'; } catch (privateMode) { /* as a first visit */ }
              if (before) start(); else signs.forEach((sign) => addEventListener(sign, start, options));
            })();""";

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
                        response.getDocument().body().prependChild(firstPaint(content.main(), language, path));
                        startAtFirstTouch(response.getDocument());
                    });
        });
    }

    /** Vaadin's entry module (production bundle only; the development server's page is left as it is). */
    static void startAtFirstTouch(Document page) {
        for (Element entry : page.head().select("script[type=module][src*=VAADIN/build/indexhtml]")) {
            String address = entry.attr("src");
            entry.removeAttr("type").removeAttr("src").removeAttr("crossorigin").attr("data-start", address)
                    .appendChild(new DataNode(START_AT_FIRST_TOUCH));
        }
    }

    /**
     * The page's content under a bar like the app's: its name linking to the start page and, where the app has its language
     * button, the list of languages as plain links (each reloads this page in that language; a touch there does not start
     * the app, which would take the open list away).
     */
    Element firstPaint(Element main, SupportedLanguage language, String path) {
        Element firstPaint = new Element("div").id(ID).addClass("fp");
        Element bar = firstPaint.appendElement("header").addClass("fp-bar");
        bar.appendElement("a").addClass("fp-brand").attr("href", ".")
                .text(translations.translate(language, "shared.app.name"));
        Element languages = bar.appendElement("details").addClass("fp-lang");
        languages.appendElement("summary").attr("aria-label", translations.translate(language, "i18n.picker.open"))
                .attr("lang", language.tag()).text(language.nativeName());
        Element list = languages.appendElement("ul");
        for (SupportedLanguage choice : SupportedLanguage.values()) {
            list.appendElement("li").appendElement("a").attr("href", LanguageSwitch.link(choice, path)).attr("lang", choice.tag())
                    .attr("dir", choice.direction().attribute()).text(choice.nativeName());
        }
        firstPaint.appendChild(main.addClass("fp-main"));
        return firstPaint;
    }
}
