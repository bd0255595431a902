package se.motesplats.attendance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What became of one mark of a sync batch. Stored and already-stored both tell the phone it may
 * forget the mark; refused carries the translation key of the reason and is not worth sending again.
 */
public record SyncOutcome(UUID clientId, Result result, @Nullable String reason) {

    public enum Result {
        STORED, ALREADY_STORED, REFUSED
    }
}
