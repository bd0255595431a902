package se.motesplats.shared;

import java.time.ZoneId;

/** Instants are stored; times are shown in Sweden's zone unless a person chose another. */
public final class Zones {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Zones() {
    }
}
