package se.motesplats.activity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByOrganisationIdInOrderByIdDesc(Collection<Long> organisationIds);

    List<Activity> findByStatusAndMunicipalityCodeInOrderByIdAsc(ActivityStatus status, Collection<String> municipalityCodes);

    List<Activity> findByStatusOrderByIdAsc(ActivityStatus status);

    List<Activity> findByOrganisationIdAndStatusOrderByIdAsc(long organisationId, ActivityStatus status);

    List<Activity> findByOrganisationIdAndFundingSchemeNotNullOrderByIdAsc(long organisationId);

    List<Activity> findByStatusIn(Collection<ActivityStatus> statuses);

    List<Activity> findByStatusInAndMunicipalityCodeIn(Collection<ActivityStatus> statuses, Collection<String> municipalityCodes);

    List<Activity> findByStatusInAndOrganisationIdIn(Collection<ActivityStatus> statuses, Collection<Long> organisationIds);
}
