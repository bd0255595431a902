package se.motesplats.shared.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;

/** The start page's first paint: its question, introduction and tiles, as {@link StartView} has them. */
@Component
class StartFirstPaint implements FirstPaintPage {

    private final TranslationProvider translations;
    private final List<StartTile> shortcuts;
    private final AuthenticationContext authentication;

    StartFirstPaint(TranslationProvider translations, List<StartTile> shortcuts, AuthenticationContext authentication) {
        this.translations = translations;
        this.shortcuts = shortcuts;
        this.authentication = authentication;
    }

    @Override
    public Optional<Content> render(String path, Map<String, List<String>> parameters, SupportedLanguage language) {
        if (!path.isEmpty()) {
            return Optional.empty();
        }
        Element main = new Element("main");
        main.appendElement("h1").text(translations.translate(language, StartView.QUESTION));
        main.appendElement("p").text(translations.translate(language, StartView.INTRO));
        Element tiles = main.appendElement("div").addClass("fp-tiles");
        for (StartPageTile shown : StartPageTile.beforeTheAppStarts(shortcuts, authentication.isAuthenticated())) {
            Element tile = tiles.appendElement("a").addClass("fp-tile").attr("href", shown.href());
            if (!shown.featured()) {
                tile.addClass("fp-tile-plain");
            }
            tile.appendElement("span").addClass("fp-icon").attr("aria-hidden", "true");
            tile.appendElement("span").text(translations.translate(language, shown.labelKey()));
        }
        return Optional.of(new Content(translations.translate(language, StartView.TITLE), main));
    }
}
