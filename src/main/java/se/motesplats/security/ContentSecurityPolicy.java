package se.motesplats.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;
import se.motesplats.shared.MapTiles;
import se.motesplats.shared.OfflinePage;

/**
 * The Content-Security-Policy of every response (docs/security.md, "Headers"). Inline scripts run only
 * with the nonce of their response: Vaadin's bootstrap page gets it on each of its script elements, so a
 * script that someone smuggled into a page does not run. The offline page's one script is allowed by
 * its hash, since the service worker shows that page when no server can give it a nonce.
 *
 * <p>What still has to stay open, with Vaadin 25.3: {@code 'unsafe-eval'}, because Flow's client builds
 * functions from the JavaScript the server sends ({@code executeJs}, event data expressions); and inline
 * styles, which the components and the Lumo theme set. Everything is self-hosted; the one foreign source
 * is the map tile server, for images only.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MapTiles tiles;

    ContentSecurityPolicy(MapTiles tiles) {
        this.tiles = tiles;
    }

    String policy(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' '" + OfflinePage.SCRIPT_HASH + "' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:" + tiles.origin().map(origin -> " " + origin).orElse(""),
                "font-src 'self' data:",
                "connect-src 'self'",
                "worker-src 'self'",
                "manifest-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** The response's nonce: made by whichever asks first, the header or the page. */
    static String nonceOf(HttpServletRequest request) {
        if (request.getAttribute(NONCE) instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        return nonce;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, policy(nonceOf(request)));
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                page.getDocument().getElementsByTag("script").attr("nonce", nonceOf(request.getHttpServletRequest()));
            }
        });
    }
}
