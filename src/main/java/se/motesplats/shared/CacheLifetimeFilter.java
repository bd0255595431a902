package se.motesplats.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the {@code Cache-Control} that Vaadin's static file server writes for some of its files, as it writes
 * it: the files' paths and the new lifetime are the subclass's.
 */
abstract class CacheLifetimeFilter extends OncePerRequestFilter {

    /** Whether the file at this path (without the context path) gets a lifetime of its own. */
    abstract boolean applies(String path);

    /** The lifetime to send instead of the file server's {@code value}; the value itself to keep it. */
    abstract String lifetime(String value);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !applies(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, replaced(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, replaced(name, value));
            }
        });
    }

    private String replaced(String header, String value) {
        return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(header) ? lifetime(value) : value;
    }
}
