package se.motesplats.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Lets a phone keep a page it already has (issue 9, repeat visit). A page sent to someone who is not signed in
 * carries a weak ETag and {@code Cache-Control: private, no-cache}: the browser stores it, asks again at every
 * visit, and when the page the server would send now is the one the browser has, the answer is {@code 304 Not
 * Modified} without a body — a few hundred bytes instead of the page (the start page and the listing carry their
 * first paint, 3–4 KB compressed each).
 *
 * <p>The page is rendered every time; only its bytes are saved. Its script nonce differs on every response, so the
 * tag is taken of the page with the nonce left out. A 304 carries no content security policy
 * ({@link DocumentHeaders}): the browser keeps the stored one, whose nonce is that of the stored page, so the page it
 * shows runs exactly as when it first came. Signed-in people's pages keep Spring Security's {@code no-store}, so
 * nothing of theirs stays on a shared phone.
 */
final class PageRevalidation extends OncePerRequestFilter {

    private static final String CACHE_CONTROL = "private, no-cache";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || !asksForHtml(request) || isVaadinsOwn(request)) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, page);
        if (page.getStatus() == HttpServletResponse.SC_OK && !page.isCommitted()
                && "text/html".equals(DocumentHeaders.mediaType(page.getContentType()))
                && request.getUserPrincipal() == null && !page.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            String tag = tagOf(page.getContentAsByteArray(), ContentSecurityPolicy.nonceOf(request));
            page.setHeader(HttpHeaders.ETAG, tag);
            page.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            if (isAlreadyHeld(request, tag)) {
                page.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                // the page held in the wrapper is never copied; committed here, so Spring Security writes its headers
                // (DocumentHeaders leaves the page's ones off)
                response.flushBuffer();
                return;
            }
        }
        page.copyBodyToResponse();
        // Vaadin's flush at its request's end (HeadersOnVaadinResponses) reached only the copy
        response.flushBuffer();
    }

    /**
     * Vaadin's files, downloads and round trips are never pages: a download opened as a page (a claim's PDF) is not held
     * in memory here but streams.
     */
    private static boolean isVaadinsOwn(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/") || request.getParameter("v-r") != null;
    }

    private static boolean asksForHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    /** A weak tag (the body is compressed after this filter, and a servlet container does not compress a strong one). */
    static String tagOf(byte[] body, String nonce) {
        byte[] page = new String(body, StandardCharsets.UTF_8).replace(nonce, "").getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(page);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** Weak comparison (RFC 9110, 13.1.2): the browser may send several tags, or {@code *}. */
    static boolean isAlreadyHeld(HttpServletRequest request, String tag) {
        String opaque = tag.substring(2);
        return Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH)).stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::trim)
                .anyMatch(held -> held.equals("*") || held.equals(opaque) || held.equals(tag));
    }
}
