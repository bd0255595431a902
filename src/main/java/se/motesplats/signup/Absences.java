package se.motesplats.signup;

import java.time.Instant;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Meetings a person signed up to the whole activity said they cannot come to. */
@Component
class Absences {

    private final JdbcClient jdbc;

    Absences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saying it twice changes nothing. */
    void noteAbsence(long signupId, long occurrenceId, Instant when) {
        jdbc.sql("insert ignore into signup_absence (signup_id, occurrence_id, reported_at) values (:signup, :occurrence, :when)")
                .param("signup", signupId).param("occurrence", occurrenceId).param("when", when).update();
    }

    void withdrawAbsence(long signupId, long occurrenceId) {
        jdbc.sql("delete from signup_absence where signup_id = :signup and occurrence_id = :occurrence")
                .param("signup", signupId).param("occurrence", occurrenceId).update();
    }

    /** The sign-ups whose people said they cannot come to this meeting. */
    Set<Long> awayAt(long occurrenceId) {
        return Set.copyOf(jdbc.sql("select signup_id from signup_absence where occurrence_id = :occurrence")
                .param("occurrence", occurrenceId).query(Long.class).list());
    }

    /** The meetings a person said they cannot come to, by sign-up. */
    Set<Long> awayOf(long signupId) {
        return Set.copyOf(jdbc.sql("select occurrence_id from signup_absence where signup_id = :signup")
                .param("signup", signupId).query(Long.class).list());
    }

    boolean isAway(long signupId, long occurrenceId) {
        return jdbc.sql("select count(*) from signup_absence where signup_id = :signup and occurrence_id = :occurrence")
                .param("signup", signupId).param("occurrence", occurrenceId).query(Integer.class).single() > 0;
    }
}
