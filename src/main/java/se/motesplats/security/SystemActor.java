package se.motesplats.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets start-up jobs (demo data) call services that check roles, as an administrator that is no
 * person, instead of leaving unchecked back doors in the services.
 */
public final class SystemActor {

    private static final SignedInPerson SYSTEM = new SignedInPerson(0, "system", Set.of(Roles.ADMINISTRATOR));

    private SystemActor() {
    }

    public static void runAsAdministrator(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMINISTRATOR))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
