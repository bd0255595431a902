package se.motesplats.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One meeting of an activity, generated from its schedule. It keeps the start the schedule planned
 * so that moving or cancelling it survives a regeneration of the schedule.
 */
@Entity
@Table(name = "occurrence")
class Occurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "planned_start", nullable = false)
    private Instant plannedStart;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private boolean cancelled;

    @Version
    private long version;

    protected Occurrence() {
        this.plannedStart = Instant.EPOCH;
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
    }

    Occurrence(long activityId, Instant plannedStart, Duration length) {
        this.activityId = activityId;
        this.plannedStart = plannedStart;
        this.startsAt = plannedStart;
        this.endsAt = plannedStart.plus(length);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Occurrence not saved yet");
        }
        return id;
    }

    long activityId() {
        return activityId;
    }

    Instant plannedStart() {
        return plannedStart;
    }

    Instant startsAt() {
        return startsAt;
    }

    /** Changed by hand (moved or cancelled): regenerating the schedule leaves it alone. */
    boolean changedByHand() {
        return cancelled || !startsAt.equals(plannedStart);
    }

    void moveTo(Instant newStart) {
        Duration length = Duration.between(startsAt, endsAt);
        startsAt = newStart;
        endsAt = newStart.plus(length);
    }

    void cancel() {
        cancelled = true;
    }

    OccurrenceView view() {
        return new OccurrenceView(id(), startsAt, endsAt, cancelled);
    }
}
