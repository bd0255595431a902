package se.motesplats.volunteering;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import se.motesplats.shared.Zones;

/** The "how is it going?" question put to both sides of an active match, and its answers. */
public final class FollowUp {

    private FollowUp() {
    }

    /** A month after the match began, and when the programme's period is over. */
    public enum Round {
        ONE_MONTH, PERIOD_END
    }

    public enum Answer {
        GOING_WELL, COULD_BE_BETTER, NOT_WORKING, NOT_MET;

        public String translationKey() {
            return "volunteering.follow-up." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The round being asked at {@code now}, if any: the later one once its time has come. */
    public static Optional<Round> due(Instant activeSince, int periodMonths, Instant now) {
        ZonedDateTime since = activeSince.atZone(Zones.STOCKHOLM);
        ZonedDateTime here = now.atZone(Zones.STOCKHOLM);
        if (!since.plusMonths(periodMonths).isAfter(here)) {
            return Optional.of(Round.PERIOD_END);
        }
        return since.plusMonths(1).isAfter(here) ? Optional.empty() : Optional.of(Round.ONE_MONTH);
    }
}
