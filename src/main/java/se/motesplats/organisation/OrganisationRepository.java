package se.motesplats.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByNameAndMunicipalityCode(String name, String municipalityCode);

    List<Organisation> findAllByOrderByNameAsc();

    @Query("select o from Organisation o join o.members m where m.accountId = :accountId order by o.name")
    List<Organisation> findByMember(@Param("accountId") long accountId);

    /** In SQL, not JPQL: Hibernate translates a JPQL query with a list parameter anew on every call, which cost more than the query. */
    @Query(nativeQuery = true,
            value = "select account_id from organisation_member where organisation_id = :organisationId and account_id in (:accountIds)")
    List<Long> membersAmong(@Param("organisationId") long organisationId, @Param("accountIds") java.util.Collection<Long> accountIds);
}
