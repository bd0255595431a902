package se.motesplats.activity;

/** Where an activity is in its life: only published activities are visible to newcomers. */
public enum ActivityStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED, ENDED, CANCELLED
}
