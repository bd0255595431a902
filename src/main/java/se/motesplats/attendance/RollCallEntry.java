package se.motesplats.attendance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a roll call: a first name (or alias), why they are on the list, and whether they are here. */
public record RollCallEntry(String attendee, String name, Group group, boolean present, @Nullable Instant checkedInAt,
        @Nullable CheckInMethod method) {

    public enum Group {
        LEADER, SIGNED_UP, COMPANION, WALK_IN
    }
}
