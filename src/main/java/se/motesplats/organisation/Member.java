package se.motesplats.organisation;

/** A member of an association as its administrators see them: first name and role only. */
public record Member(long accountId, String firstName, OrganisationRole role) {
}
