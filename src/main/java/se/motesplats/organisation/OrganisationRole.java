package se.motesplats.organisation;

/** A member's role in an organisation: administrators manage it, leaders run its activities. */
public enum OrganisationRole {
    ADMINISTRATOR, LEADER
}
