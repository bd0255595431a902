package se.motesplats.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling a service, for the scope checks services make themselves. */
public final class CurrentPerson {

    private CurrentPerson() {
    }

    public static Optional<SignedInPerson> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? Optional.of(person)
                : Optional.empty();
    }

    /** The caller, or an {@link org.springframework.security.access.AccessDeniedException} for anonymous calls. */
    public static SignedInPerson required() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign-in required"));
    }
}
