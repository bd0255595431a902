package se.motesplats.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an HTTP session a fixed time after it began, however busy it was (OWASP ASVS 5.0 asks for this): the
 * idle timeout alone would let a session that is kept in use live for ever, for example on a shared
 * computer at a library or an integration office. The next request starts a fresh session;
 * a remembered device ({@link StayingSignedIn}) may sign its person straight back in, which is
 * intended: it is the person's own phone, and they can sign it out under "My devices".
 *
 * <p>The start is the session's creation as the application's {@link Clock} saw it, kept in the session,
 * rather than the container's wall-clock creation time: the same instant in production, and
 * tests move the clock instead of waiting twelve hours.
 */
final class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String STARTED = AbsoluteSessionTimeout.class.getName() + ".started";

    private final Clock clock;
    private final Duration timeout;

    AbsoluteSessionTimeout(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(STARTED) instanceof Instant started
                && !clock.instant().isBefore(started.plus(timeout))) {
            session.invalidate();
        }
        try {
            chain.doFilter(request, response);
        } finally {
            // a session created (or first seen) during this request starts now
            HttpSession current = request.getSession(false);
            try {
                if (current != null && current.getAttribute(STARTED) == null) {
                    current.setAttribute(STARTED, clock.instant());
                }
            } catch (IllegalStateException invalidatedMeanwhile) {
                // signed out by another request in the meantime: nothing left to time
            }
        }
    }
}
