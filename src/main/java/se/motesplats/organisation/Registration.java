package se.motesplats.organisation;

import org.jspecify.annotations.Nullable;

/** What an association gives when it registers; the organisation number is optional. */
public record Registration(String name, OrganisationKind kind, String municipalityCode, String contactEmail,
        @Nullable String organisationNumber) {
}
