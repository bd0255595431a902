package se.motesplats.organisation;

/** A person's membership in an organisation. */
public record Membership(long organisationId, String organisationName, OrganisationRole role) {
}
