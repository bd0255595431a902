package se.motesplats.security;

import java.util.Set;

/** An account as administrators see it when managing roles. */
public record AccountSummary(long id, String firstName, String email, String language, Set<String> roles) {
}
