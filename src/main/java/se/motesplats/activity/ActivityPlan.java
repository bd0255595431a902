package se.motesplats.activity;

import org.jspecify.annotations.Nullable;

/**
 * How an activity strengthens language, health and networks, the number of meetings planned,
 * and the funding scheme it runs under (the funding module's code for it, if any).
 */
public record ActivityPlan(boolean language, boolean health, boolean network, String description, int plannedMeetings,
        @Nullable String fundingScheme) {

    public boolean strengthensSomething() {
        return language || health || network;
    }
}
