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
        for (StartPageTile shown : StartPageTile.forVisitor(shortcuts, authentication.isAuthenticated())) {
            Anchor tile = new Anchor(shown.href());
            if (shown.id() != null) {
                tile.setId("tile-" + shown.id());
            }
            if (shown.inApp()) {
                tile.getElement().setAttribute("router-link", true);
            }
            tile.addClassName("tile");
            if (shown.featured()) {
                tile.addClassName("tile-featured");
            }
            tile.add(MainLayout.pictogramNamed(shown.pictogram()), new Span(getTranslation(shown.labelKey())));
            tiles.add(tile);
        }
        add(tiles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE);
    }
}
