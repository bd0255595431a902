package se.motesplats.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Writes a header that only documents (pages) and workers read, and leaves it off responses that a browser
 * never turns into a document or a worker: scripts imported by a page, stylesheets, fonts, PNG and JPEG
 * images and JSON (docs/security.md, "Headers"). A phone's first visit fetches some sixty such files, and the
 * content security policy alone is 420 bytes of each response (issue 9, item 1).
 *
 * <p>For those files the headers have no effect: a script's or stylesheet's policy is the page's that loads it,
 * a framed or opened image, font or JSON response runs nothing, and with {@code nosniff} (kept on every
 * response, as is HSTS) a browser does not read one of them as HTML. Kept on everything else, including any
 * response whose type is not known when it is committed, HTML and SVG, error pages, and the service worker's
 * script {@code /sw.js}, whose own policy is the worker's.
 *
 * <p>Left off {@code 304 Not Modified} answers too: the browser keeps those stored with the page.
 *
 * <p>Decided when the response is committed (Spring Security writes the headers then), by its Content-Type.
 */
final class DocumentHeaders implements HeaderWriter {

    /** Types that are never rendered as a document or run as a worker, except where {@link #WORKER_SCRIPTS} says. */
    static final Set<String> SUBRESOURCE_TYPES = Set.of("text/javascript", "application/javascript", "text/css",
            "font/woff2", "image/png", "image/jpeg", "application/json");
    /** Scripts that a page registers as a worker: the worker runs under the policy of this response. */
    static final Set<String> WORKER_SCRIPTS = Set.of("/sw.js");

    private final HeaderWriter writer;
    private final boolean stylesheets;

    private DocumentHeaders(HeaderWriter writer, boolean stylesheets) {
        this.writer = writer;
        this.stylesheets = stylesheets;
    }

    /** The header on documents and workers only. */
    static HeaderWriter only(HeaderWriter writer) {
        return new DocumentHeaders(writer, false);
    }

    /**
     * The header on documents, workers and stylesheets: a stylesheet's own Referrer-Policy governs the requests it
     * makes (its fonts and images).
     */
    static HeaderWriter andStylesheets(HeaderWriter writer) {
        return new DocumentHeaders(writer, true);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
            // the browser keeps the stored page's headers (PageRevalidation): its policy's nonce is that page's
            return;
        }
        String type = mediaType(response.getContentType());
        boolean subresource = type != null && SUBRESOURCE_TYPES.contains(type)
                && !WORKER_SCRIPTS.contains(request.getRequestURI())
                && !(stylesheets && type.equals("text/css"));
        if (!subresource) {
            writer.writeHeaders(request, response);
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }
}
