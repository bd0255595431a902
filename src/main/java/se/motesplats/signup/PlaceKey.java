package se.motesplats.signup;

/** What places are counted for: a whole activity, or one meeting of a drop-in activity. */
record PlaceKey(long activityId, long occurrenceId) {

    static final long WHOLE_ACTIVITY = 0;

    static PlaceKey wholeActivity(long activityId) {
        return new PlaceKey(activityId, WHOLE_ACTIVITY);
    }
}
