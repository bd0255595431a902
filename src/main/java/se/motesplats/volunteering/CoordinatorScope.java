package se.motesplats.volunteering;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.motesplats.area.AreaService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;

/** Coordinators and case officers work in their municipalities; administrators everywhere. */
@Component
class CoordinatorScope {

    private final AreaService areas;

    CoordinatorScope(AreaService areas) {
        this.areas = areas;
    }

    /** The caller's municipality codes, or empty for an administrator (who is not limited). */
    Set<String> municipalities() {
        SignedInPerson caller = staff();
        return caller.hasRole(Roles.ADMINISTRATOR) ? Set.of() : areas.scopeOf(caller.accountId());
    }

    boolean unlimited() {
        return staff().hasRole(Roles.ADMINISTRATOR);
    }

    void check(String municipalityCode) {
        SignedInPerson caller = staff();
        if (!caller.hasRole(Roles.ADMINISTRATOR) && !areas.scopeOf(caller.accountId()).contains(municipalityCode)) {
            throw new AccessDeniedException("Outside the caller's areas");
        }
    }

    /**
     * Which staff roles may call is mostly the services' {@code @RolesAllowed}; here where. Scope rows
     * can outlive a role, so a caller without one of the area roles has no area at all.
     */
    private static SignedInPerson staff() {
        SignedInPerson caller = CurrentPerson.required();
        if (!caller.hasRole(Roles.ADMINISTRATOR) && !caller.hasRole(Roles.COORDINATOR) && !caller.hasRole(Roles.CASE_OFFICER)) {
            throw new AccessDeniedException("Not a coordinator or case officer");
        }
        return caller;
    }
}
