package se.motesplats.volunteering;

import java.util.EnumSet;
import java.util.Set;

/**
 * A programme with its requirements and the commitment it asks: meet every {@code meetEveryWeeks}
 * weeks for {@code periodMonths} months. {@code counties} empty means it runs everywhere.
 */
public record Programme(long id, ProgrammeKind kind, Set<Requirement> requirements, int meetEveryWeeks, int periodMonths,
        Set<String> counties) {

    public Programme {
        requirements = requirements.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requirements));
        counties = Set.copyOf(counties);
    }

    public boolean runsIn(String municipalityCode) {
        return counties.isEmpty() || counties.contains(municipalityCode.substring(0, 2));
    }
}
