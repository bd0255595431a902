package se.motesplats.volunteering;

import java.util.List;

/** A volunteer's own view of their sign-up: what they wrote, whether they are paused, and vetting per programme. */
public record MyVolunteering(VolunteerForm form, boolean paused, List<ProgrammeStatus> programmes) {

    public MyVolunteering {
        programmes = List.copyOf(programmes);
    }
}
