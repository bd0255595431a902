package se.motesplats.activity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByOrganisationIdInOrderByIdDesc(Collection<Long> organisationIds);

    List<Activity> findByStatusAndMunicipalityCodeInOrderByIdAsc(ActivityStatus status, Collection<String> municipalityCodes);

    List<Activity> findByStatusOrderByIdAsc(ActivityStatus status);

    List<Activity> findByOrganisationIdAndStatusOrderByIdAsc(long organisationId, ActivityStatus status);

    List<Activity> findByOrganisationIdAndFundingSchemeNotNullOrderByIdAsc(long organisationId);

    List<Activity> findByStatusIn(Collection<ActivityStatus> statuses);

    List<Activity> findByStatusInAndMunicipalityCodeIn(Collection<ActivityStatus> statuses, Collection<String> municipalityCodes);

    List<Activity> findByStatusInAndOrganisationIdIn(Collection<ActivityStatus> statuses, Collection<Long> organisationIds);

    @Query("""
            select new se.motesplats.activity.ActivityOwner(a.id, a.organisationId, a.municipalityCode, a.status, null)
            from Activity a where a.id = :activityId""")
    Optional<ActivityOwner> ownerOf(@Param("activityId") long activityId);

    @Query("""
            select new se.motesplats.activity.ActivityOwner(a.id, a.organisationId, a.municipalityCode, a.status, o.startsAt)
            from Occurrence o join Activity a on a.id = o.activityId where o.id = :occurrenceId""")
    Optional<ActivityOwner> ownerOfMeeting(@Param("occurrenceId") long occurrenceId);
}
