package se.motesplats.security;

import java.util.Set;

/**
 * An account as administrators see it when managing roles; {@code contact} is the e-mail address, or
 * the mobile number of a person who joined without one.
 */
public record AccountSummary(long id, String firstName, String contact, String language, Set<String> roles) {
}
