package se.motesplats.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import se.motesplats.shared.DeviceLabel;

/**
 * Keeps {@link SignedInSessions} true on every request: a session signed out from another device (or
 * node) is invalidated before anything reads who is in it, and a session in which someone is signed
 * in is registered, after the request that signed them in, with a coarse name of the device.
 * In front of Spring Security's filters, like {@link AbsoluteSessionTimeout}; who is signed in is
 * therefore read from the session's stored security context.
 */
final class SessionRegister extends OncePerRequestFilter {

    /** Set by {@link StayingSignedIn} when it remembers this browser, so that signing the session out forgets it too. */
    static final String REMEMBERED_SERIES = SessionRegister.class.getName() + ".series";

    private final SignedInSessions sessions;

    SessionRegister(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * Public files (the bundle, fonts, icons, styles) read nothing of the session: a phone fetches dozens of them
     * per page, so they skip the database look-up; the next page request ends a revoked session all the same.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/build/") || path.startsWith("/fonts/") || path.startsWith("/icons/")
                || path.startsWith("/styles/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SignedInSessions.SessionKey key = session == null ? null : SignedInSessions.keyOf(session);
        if (key != null && !sessions.active(key)) {
            session.invalidate();
        }
        try {
            chain.doFilter(request, response);
        } finally {
            register(request);
        }
    }

    private void register(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            SignedInSessions.SessionKey key = SignedInSessions.keyOf(session);
            if (!(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                    && context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof SignedInPerson person)) {
                return;
            }
            if (key == null || key.accountId() != person.accountId()) {
                sessions.register(session, person.accountId(), DeviceLabel.of(request.getHeader("User-Agent")));
                key = SignedInSessions.keyOf(session);
            } else {
                sessions.seen(session, key);
            }
            if (key != null && request.getAttribute(REMEMBERED_SERIES) instanceof String series) {
                sessions.remembered(key, series);
            }
        } catch (IllegalStateException invalidatedMeanwhile) {
            // signed out during the request: its row went with the session
        }
    }
}
