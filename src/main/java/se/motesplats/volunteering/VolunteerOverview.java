package se.motesplats.volunteering;

import java.time.Instant;
import java.util.List;

/** A volunteer as coordinators see them when vetting: no contact details. */
public record VolunteerOverview(VolunteerCandidate candidate, String municipalityName, int maxMatches, int openMatches,
        List<ProgrammeStatus> programmes, Instant joinedAt) {

    public VolunteerOverview {
        programmes = List.copyOf(programmes);
    }
}
