package se.motesplats.volunteering;

import java.util.List;
import java.util.Map;

/** A volunteer ranked for a request, with the reasons behind every point so a coordinator can judge it. */
public record Suggestion(VolunteerCandidate volunteer, int points, List<Reason> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }

    /** One line of the explanation: a translation key, its arguments and the points it gave (may be 0). */
    public record Reason(String key, Map<String, Object> arguments, int points) {

        public Reason {
            arguments = Map.copyOf(arguments);
        }
    }
}
