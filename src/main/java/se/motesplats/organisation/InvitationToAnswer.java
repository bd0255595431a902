package se.motesplats.organisation;

/**
 * An invitation as its link shows it.
 *
 * @param forCaller whether the person signed in is the one invited (then they may answer)
 * @param expired   the link is too old to answer; the association can send a new one
 */
public record InvitationToAnswer(String organisationName, OrganisationRole role, String invitedBy, boolean forCaller, boolean expired) {
}
