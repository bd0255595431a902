package se.motesplats.volunteering;

import java.util.List;

/** A volunteer in one programme: what vetting has seen and what is still missing today. */
public record ProgrammeStatus(Programme programme, Vetting vetting, List<Requirement> missing) {

    public ProgrammeStatus {
        missing = List.copyOf(missing);
    }

    public boolean ready() {
        return missing.isEmpty();
    }
}
