package se.motesplats.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * "What would you like to do?" Large pictogram tiles with few words, one per feature the visitor
 * can use now; a tile appears when its view exists and the visitor may open it.
 */
@Route("")
@Menu(order = 0, title = "shared.start.menu", icon = "vaadin:home")
@AnonymousAllowed
public class StartView extends Main implements HasDynamicTitle {

    /** The page's question and introduction, also in its first paint ({@link StartFirstPaint}). */
    static final String QUESTION = "shared.start.question";
    static final String INTRO = "shared.start.intro";
    static final String TITLE = "shared.app.name";

    public StartView(AuthenticationContext authentication, java.util.List<StartTile> shortcuts) {
        addClassName("start-view");
        H1 question = new H1(getTranslation(QUESTION));
        question.setId("start-question");
        add(question);
        add(new Paragraph(getTranslation(INTRO)));

        Div tiles = new Div();
        tiles.setId("start-tiles");
        tiles.addClassName("tiles");
        shortcuts.stream().sorted(java.util.Comparator.comparingInt(StartTile::order)).forEach(shortcut -> {
            Anchor tile = new Anchor(shortcut.href());
            tile.setId("tile-" + shortcut.id());
            tile.getElement().setAttribute("router-link", true);
            tile.addClassNames("tile", "tile-featured");
            tile.add(MainLayout.pictogramNamed(shortcut.pictogram()), new Span(getTranslation(shortcut.labelKey())));
            tiles.add(tile);
        });
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!entry.menuClass().equals(StartView.class)) {
                tiles.add(tile(entry.path(), entry, getTranslation(entry.title())));
            }
        }
        if (!authentication.isAuthenticated()) {
            Anchor signIn = new Anchor("sign-in");
            signIn.addClassName("tile");
            signIn.setId("tile-sign-in");
            signIn.add(MainLayout.pictogramNamed("vaadin:sign-in"), new Span(getTranslation("shared.layout.sign-in")));
            tiles.add(signIn);
        }
        add(tiles);
    }

    private static Anchor tile(String path, MenuEntry entry, String label) {
        Anchor tile = new Anchor(path);
        tile.getElement().setAttribute("router-link", true);
        tile.addClassName("tile");
        tile.add(MainLayout.pictogram(entry), new Span(label));
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE);
    }
}
