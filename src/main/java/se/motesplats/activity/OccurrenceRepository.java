package se.motesplats.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OccurrenceRepository extends JpaRepository<Occurrence, Long> {

    List<Occurrence> findByActivityIdOrderByStartsAt(long activityId);

    @Query("""
            select o from Occurrence o, Activity a
            where a.id = o.activityId and a.status = se.motesplats.activity.ActivityStatus.PUBLISHED and o.cancelled = false
              and o.startsAt > :after and o.startsAt <= :until
            order by o.startsAt""")
    List<Occurrence> publishedStartingBetween(@Param("after") Instant after, @Param("until") Instant until);

    @Query("""
            select o from Occurrence o, Activity a
            where a.id = o.activityId and a.status = se.motesplats.activity.ActivityStatus.PUBLISHED
              and a.municipalityCode in :municipalities and o.cancelled = false
              and o.startsAt > :after and o.startsAt <= :until
            order by o.startsAt""")
    List<Occurrence> publishedInMunicipalitiesStartingBetween(@Param("municipalities") java.util.Collection<String> municipalities,
            @Param("after") Instant after, @Param("until") Instant until);

    List<Occurrence> findByActivityIdAndStartsAtGreaterThanEqualOrderByStartsAt(long activityId, Instant from);

    Optional<Occurrence> findFirstByActivityIdAndCancelledFalseAndStartsAtGreaterThanEqualOrderByStartsAt(long activityId,
            Instant from);

    @Query("""
            select o from Occurrence o, Activity a
            where a.id = o.activityId and a.status = se.motesplats.activity.ActivityStatus.PUBLISHED
              and a.organisationId in :organisations and o.cancelled = false
              and o.startsAt >= :from and o.startsAt < :until
            order by o.startsAt""")
    List<Occurrence> publishedOfOrganisationsStartingBetween(@Param("organisations") java.util.Collection<Long> organisations,
            @Param("from") Instant from, @Param("until") Instant until);
}
