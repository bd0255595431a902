package se.motesplats.organisation;

import org.jspecify.annotations.Nullable;

/** A registered association as its coordinator sees it: with the contact details needed to check it. */
public record OrganisationToVerify(OrganisationSummary organisation, @Nullable String contactEmail,
        @Nullable String organisationNumber) {
}
