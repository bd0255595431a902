package se.motesplats.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.motesplats.security.SignedInPerson;

/**
 * Calls a service as one of the demo people, as their own phone would after they signed in:
 * sign-ups, roll calls and answers to matches are recorded in someone's name, and the system actor is no one.
 */
final class DemoActor {

    private DemoActor() {
    }

    static <T> T as(SignedInPerson person, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(SignedInPerson person, Runnable work) {
        as(person, () -> {
            work.run();
            return null;
        });
    }
}
