package se.motesplats.organisation;

/** An organisation as lists show it. */
public record OrganisationSummary(long id, String name, OrganisationKind kind, String municipalityCode, boolean verified) {
}
