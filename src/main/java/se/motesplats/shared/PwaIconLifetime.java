package se.motesplats.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The icons Vaadin makes from the app's icon ({@code /icons/icon-512-32x32.png}, the favicon every page links, and its
 * other sizes) come with {@code no-cache, must-revalidate} and neither {@code ETag} nor {@code Last-Modified}, so every
 * page load downloaded the favicon again in full (1.1 KB, twice on a first visit of two pages and twice on each repeat
 * visit; issue 9, item 1). They get the hour that the app's other icons have ({@code max-age=3600}): their names stay
 * the same when a release changes them, so not longer. Only that exact value of Vaadin's is replaced.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PwaIconLifetime extends OncePerRequestFilter {

    static final String AN_HOUR = "max-age=3600";
    static final String VAADINS = "no-cache, must-revalidate";
    private static final Pattern GENERATED_ICON = Pattern.compile("/icons/icon-\\d+-\\d+x\\d+\\.png");

    private static String lifetime(String header, String value) {
        return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(header) && VAADINS.equals(value) ? AN_HOUR : value;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !GENERATED_ICON.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, lifetime(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, lifetime(name, value));
            }
        });
    }
}
