package se.motesplats.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Puts the visitor's language on the page before anything renders: {@code <html lang dir>} in the
 * bootstrap HTML (so right-to-left layout and fonts are right from the first paint), the page's
 * description in that language, and the UI's locale for every translated text.
 */
@Component
class LanguageBootstrap implements VaadinServiceInitListener {

    private final TranslationProvider translations;

    LanguageBootstrap(TranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            SupportedLanguage language = languageOf(response.getVaadinRequest());
            response.getDocument().getElementsByTag("html").first()
                    .attr("lang", language.tag())
                    .attr("dir", language.direction().attribute())
                    .attr("data-script", language.script().name().toLowerCase(java.util.Locale.ROOT));
            // what search engines and link previews show, in the visitor's language (jsoup escapes it)
            response.getDocument().head().appendElement("meta").attr("name", "description")
                    .attr("content", translations.getTranslation("shared.app.description", language.locale()));
        });
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                uiEvent.getUI().setLocale(languageOf(request).locale());
            }
        });
    }

    private static SupportedLanguage languageOf(VaadinRequest request) {
        return request instanceof VaadinServletRequest servletRequest
                ? LanguagePreference.of(servletRequest.getHttpServletRequest())
                : SupportedLanguage.of(request.getLocale());
    }
}
