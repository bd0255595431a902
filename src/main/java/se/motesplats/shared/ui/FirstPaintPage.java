package se.motesplats.shared.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import se.motesplats.i18n.SupportedLanguage;

/**
 * A public page's first paint ({@link FirstPaint}): the page's content as plain HTML in the bootstrap page, so a
 * phone on a slow connection shows it before Vaadin has started. Modules declare one bean per page, built from the
 * same services and texts as the view. Build with jsoup ({@code text()}, {@code attr()}): it escapes what it writes,
 * and titles are user text. Use the {@code fp-} classes of motesplats.css, never a view's classes or ids: the live
 * view's elements must stay the only ones that tests and scripts find. A field the person may begin to type in before the
 * live view is there names the live view's field in {@code data-live} (its id), so that the typing goes on there.
 */
public interface FirstPaintPage {

    /**
     * The page's title and {@code <main>} element, or empty when the path (without leading or trailing slash, such as
     * {@code "activities/12"}) is not this page's or there is nothing public to show.
     */
    Optional<Content> render(String path, Map<String, List<String>> parameters, SupportedLanguage language);

    /** The document's title (as the view's {@code getPageTitle}) and the page's {@code <main>}. */
    record Content(String title, Element main) {
    }
}
