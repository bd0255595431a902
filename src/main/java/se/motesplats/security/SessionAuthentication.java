package se.motesplats.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Puts a signed-in person, with their current roles, into the HTTP session. */
public final class SessionAuthentication {

    private SessionAuthentication() {
    }

    public static void store(SignedInPerson person, HttpServletRequest request, HttpServletResponse response) {
        List<SimpleGrantedAuthority> authorities = person.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, authorities));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }

    /** After the caller's own roles changed: their session gets the new roles without signing in again. */
    static void refreshIfCaller(SignedInPerson person) {
        boolean caller = CurrentPerson.get().filter(current -> current.accountId() == person.accountId()).isPresent();
        if (caller && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            store(person, attributes.getRequest(), attributes.getResponse());
        }
    }
}
