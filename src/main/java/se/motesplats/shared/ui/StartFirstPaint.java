package se.motesplats.shared.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;

/** The start page's first paint: its question, introduction and the modules' shortcut tiles, as {@link StartView} has them. */
@Component
class StartFirstPaint implements FirstPaintPage {

    private final TranslationProvider translations;
    private final List<StartTile> shortcuts;

    StartFirstPaint(TranslationProvider translations, List<StartTile> shortcuts) {
        this.translations = translations;
        this.shortcuts = shortcuts;
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
        shortcuts.stream().sorted(Comparator.comparingInt(StartTile::order)).forEach(shortcut -> {
            Element tile = tiles.appendElement("a").addClass("fp-tile").attr("href", shortcut.href());
            tile.appendElement("span").addClass("fp-icon").attr("aria-hidden", "true");
            tile.appendElement("span").text(translations.translate(language, shortcut.labelKey()));
        });
        return Optional.of(new Content(translations.translate(language, StartView.TITLE), main));
    }
}
