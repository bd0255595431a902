package se.motesplats.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only as many requests work at once as there are database connections; the rest wait here, first come
 * first served. Tomcat runs every request on a virtual thread of its own, so without this an overloaded node
 * started them all at once: they shared the CPU, each transaction held its connection longer, and requests
 * queued in the connection pool until its timeout failed them — listings failed instead of coming late
 * (docs/performance.md, "Load on one node"). Waiting here costs no CPU and holds no connection, and a request
 * that waits longer than {@code motesplats.requests.queue-timeout} gets 503 with Retry-After, which the browser
 * may repeat, instead of an error in the middle of a transaction.
 *
 * <p>Not admitted here: the bundle's static files (no database, and a page needs them to show anything) and
 * Vaadin's push connection, which stays open for the whole visit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestAdmission extends OncePerRequestFilter {

    private final Semaphore working;
    private final Duration queueTimeout;

    RequestAdmission(@Value("${motesplats.requests.at-once}") int atOnce,
            @Value("${motesplats.requests.queue-timeout}") Duration queueTimeout) {
        this.working = new Semaphore(atOnce, true);
        this.queueTimeout = queueTimeout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the query string, not getParameter: that would read a posted form's body
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return path.startsWith("/VAADIN/") || query != null && query.contains("v-r=push");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = working.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            working.release();
        }
    }
}
