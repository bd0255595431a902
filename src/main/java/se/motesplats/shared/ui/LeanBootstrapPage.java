package se.motesplats.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.springframework.stereotype.Component;

/**
 * Leaves out of every page what Vaadin writes into it but no phone uses (docs/performance.md, "Repeat visit"): the 26
 * start-up images of installed iOS apps, one per iPhone and iPad screen ({@code @PWA} makes them; 0.76 KB of a page's
 * 3 KB compressed, on every page and every visit, for the splash screen of an app put on an iPhone's home screen, which
 * is plain without them), and, in production, the template's comments (0.14 KB; the development server may look for
 * them).
 *
 * <p>Also Spring Security's CSRF token, which Vaadin writes into every page for forms posted outside Vaadin: this
 * app posts none (the passkey ceremony gets its token in a round trip, {@code PasskeyCeremony}), and the token is
 * masked anew on every response, so with it no two pages were the same and none could be revalidated
 * ({@code security.PageRevalidation}).
 */
@Component
class LeanBootstrapPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        boolean production = event.getSource().getDeploymentConfiguration().isProductionMode();
        event.addIndexHtmlRequestListener(response -> lean(response.getDocument(), production));
    }

    static void lean(Document page, boolean withoutComments) {
        page.head().select("link[rel=apple-touch-startup-image]").remove();
        page.head().select("meta[name^=_csrf]").remove();
        if (withoutComments) {
            // the document itself is among its elements, so its comment before <html> goes too
            page.getAllElements().forEach(element -> element.childNodes().stream().filter(Comment.class::isInstance).toList()
                    .forEach(Node::remove));
        }
    }
}
