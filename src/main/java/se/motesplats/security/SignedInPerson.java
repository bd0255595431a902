package se.motesplats.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/** Who is signed in: the principal of every authenticated request. Holds no contact details. */
public record SignedInPerson(long accountId, String firstName, Set<String> roles) implements Principal, Serializable {

    @Override
    public String getName() {
        return Long.toString(accountId);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public SignedInPerson withoutRoles(Set<String> taken) {
        return new SignedInPerson(accountId, firstName, roles.stream().filter(role -> !taken.contains(role))
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }
}
