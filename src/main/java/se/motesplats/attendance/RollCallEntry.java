package se.motesplats.attendance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a roll call: a first name (or alias), why they are on the list, whether they are
 * here, and whether they said beforehand that they cannot come.
 */
public record RollCallEntry(String attendee, String name, Group group, boolean present, @Nullable Instant checkedInAt,
        @Nullable CheckInMethod method, boolean saidCannotCome) {

    public enum Group {
        LEADER, SIGNED_UP, COMPANION, WALK_IN
    }
}
