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
        return jdbc.sql("select capacity, taken from signup_places where activity_id = :activity and occurrence_id = :occurrence for update")
                .param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .query((row, number) -> new PlaceCount((Integer) row.getObject("capacity"), row.getInt("taken")))
                .single();
    }

    /** Takes places if they are free; the condition is in the statement, not only in Java. */
    boolean take(PlaceKey key, int places) {
        return jdbc.sql("""
                update signup_places set taken = taken + :places
                where activity_id = :activity and occurrence_id = :occurrence and (capacity is null or taken + :places <= capacity)""")
                .param("places", places).param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .update() == 1;
    }

    void release(PlaceKey key, int places) {
        jdbc.sql("update signup_places set taken = taken - :places where activity_id = :activity and occurrence_id = :occurrence")
                .param("places", places).param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .update();
    }

    /** Places taken now, without locking: for showing, not for deciding. */
    int taken(PlaceKey key) {
        return jdbc.sql("select taken from signup_places where activity_id = :activity and occurrence_id = :occurrence")
                .param("activity", key.activityId()).param("occurrence", key.occurrenceId())
                .query(Integer.class).optional().orElse(0);
    }

    record PlaceCount(@Nullable Integer capacity, int taken) {

        /** Free places, or {@link Integer#MAX_VALUE} without a limit. */
        int free() {
            return capacity == null ? Integer.MAX_VALUE : Math.max(0, capacity - taken);
        }
    }
}
