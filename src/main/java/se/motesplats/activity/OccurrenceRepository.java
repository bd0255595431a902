package se.motesplats.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OccurrenceRepository extends JpaRepository<Occurrence, Long> {

    List<Occurrence> findByActivityIdOrderByStartsAt(long activityId);

    List<Occurrence> findByActivityIdAndStartsAtGreaterThanEqualOrderByStartsAt(long activityId, Instant from);

    Optional<Occurrence> findFirstByActivityIdAndCancelledFalseAndStartsAtGreaterThanEqualOrderByStartsAt(long activityId,
            Instant from);
}
