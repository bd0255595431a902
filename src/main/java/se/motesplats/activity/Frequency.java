package se.motesplats.activity;

/** How often an activity meets. */
public enum Frequency {
    ONCE, WEEKLY, EVERY_OTHER_WEEK
}
