package se.motesplats.signup;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The place count of an activity or meeting, in one row per {@link PlaceKey}. Every change to the
 * sign-ups under a key starts with {@link #lock}, which serialises them across all app nodes; the
 * row's check constraint makes overbooking impossible.
 */
@Component
class Places {

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the count if needed, follows the activity's capacity unless that would leave more
     * people confirmed than places (they keep their places), and holds the row's lock until commit.
     * An upsert takes the exclusive lock at once; a shared lock first would deadlock concurrent callers.
     */
    PlaceCount lock(PlaceKey key, @Nullable Integer capacity) {
        jdbc.sql("""
                insert into signup_places (activity_id, occurrence_id, capacity, taken) values (:activity, :occurrence, :capacity, 0)
                on duplicate key update capacity = if(:capacity is null or :capacity >= taken, :capacity, taken)""")
                .param("activity", key.activityId()).param("occurrence", key.occurrenceId()).param("capacity", capacity)
                .update();
        return jdbc.sql("""
                select capacity, taken, reserved, referred_taken from signup_places
                where activity_id = :activity and occurrence_id = :occurrence for update""")
                .param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .query((row, number) -> new PlaceCount((Integer) row.getObject("capacity"), row.getInt("taken"), row.getInt("reserved"),
                        row.getInt("referred_taken")))
                .single();
    }

    /**
     * Takes places if they are free for this kind of sign-up; the condition is in the statement, not
     * only in Java, and mirrors {@link PlaceCount#free}.
     */
    boolean take(PlaceKey key, int places, boolean referral) {
        return jdbc.sql("""
                update signup_places set taken = taken + :places, referred_taken = referred_taken + if(:referral, :places, 0)
                where activity_id = :activity and occurrence_id = :occurrence
                  and (capacity is null
                       or taken + :places <= capacity - if(:referral, 0, greatest(0, reserved - referred_taken)))""")
                .param("places", places).param("referral", referral)
                .param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .update() == 1;
    }

    void release(PlaceKey key, int places, boolean referral) {
        jdbc.sql("""
                update signup_places set taken = taken - :places, referred_taken = referred_taken - if(:referral, :places, 0)
                where activity_id = :activity and occurrence_id = :occurrence""")
                .param("places", places).param("referral", referral)
                .param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .update();
    }

    /** Keeps places for referrals; called with the count locked. */
    void reserve(PlaceKey key, int places) {
        jdbc.sql("update signup_places set reserved = :places where activity_id = :activity and occurrence_id = :occurrence")
                .param("places", places).param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .update();
    }

    int reserved(PlaceKey key) {
        return jdbc.sql("select reserved from signup_places where activity_id = :activity and occurrence_id = :occurrence")
                .param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .query(Integer.class).optional().orElse(0);
    }

    /** Places taken now, without locking: for showing, not for deciding. */
    int taken(PlaceKey key) {
        return jdbc.sql("select taken from signup_places where activity_id = :activity and occurrence_id = :occurrence")
                .param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .query(Integer.class).optional().orElse(0);
    }
}
