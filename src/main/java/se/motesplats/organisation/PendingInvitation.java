package se.motesplats.organisation;

import java.time.Instant;

/** Someone invited to an association who has not answered yet. */
public record PendingInvitation(String firstName, OrganisationRole role, Instant expiresAt) {
}
