package se.motesplats.signup;

import java.util.List;

/**
 * Someone with a place at a meeting, as the roll call lists them: first name (an alias for a
 * protected identity), the first names of the companions who come along, and whether they said
 * they cannot come this time. No contact details.
 */
public record ExpectedPerson(long signupId, long accountId, String firstName, List<String> companionNames,
        boolean saidCannotCome) {
}
