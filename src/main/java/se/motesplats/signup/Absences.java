package se.motesplats.signup;

import java.time.Instant;
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

    boolean isAway(long signupId, long occurrenceId) {
        return jdbc.sql("select count(*) from signup_absence where signup_id = :signup and occurrence_id = :occurrence")
                .param("signup", signupId).param("occurrence", occurrenceId).query(Integer.class).single() > 0;
    }
}
