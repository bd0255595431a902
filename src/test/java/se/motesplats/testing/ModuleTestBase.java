package se.motesplats.testing;

import java.util.Arrays;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.motesplats.security.SignedInPerson;

/** Base of module tests (suffix {@code ModuleTest}): services against the embedded MariaDB. */
@MotesplatsSpringTest
public abstract class ModuleTestBase {

    /** Runs work as a signed-in person with these roles, as a view would call the service. */
    protected static void as(long accountId, Runnable work, String... roles) {
        runAs(accountId, work, roles);
    }

    /** Runs work as a signed-in person and returns what it returns. */
    protected static <T> T callAs(long accountId, java.util.concurrent.Callable<T> work, String... roles) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        runAs(accountId, () -> {
            try {
                result.set(work.call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, roles);
        return result.get();
    }

    /** The same, for tests of other tiers that set something up as a person. */
    public static void runAs(long accountId, Runnable work, String... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInPerson(accountId, "Test", Set.of(roles)), null,
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
