package se.motesplats.signup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignupRepository extends JpaRepository<Signup, Long> {

    @Query("select s from Signup s where s.activityId = :activityId and s.occurrenceId = :occurrenceId and s.accountId = :accountId")
    Optional<Signup> findOne(@Param("activityId") long activityId, @Param("occurrenceId") long occurrenceId,
            @Param("accountId") long accountId);

    @Query("""
            select s from Signup s where s.activityId = :activityId and s.occurrenceId = :occurrenceId
              and s.status = se.motesplats.signup.SignupStatus.WAITLISTED
            order by s.queuedAt, s.id""")
    List<Signup> waiting(@Param("activityId") long activityId, @Param("occurrenceId") long occurrenceId);

    @Query("""
            select s from Signup s where s.accountId = :accountId and s.status <> se.motesplats.signup.SignupStatus.CANCELLED
            order by s.id""")
    List<Signup> activeOf(@Param("accountId") long accountId);

    @Query("""
            select s from Signup s where s.status = se.motesplats.signup.SignupStatus.CONFIRMED and s.offeredUntil <= :now
            order by s.offeredUntil""")
    List<Signup> offersExpiredBy(@Param("now") java.time.Instant now);

    @Query("""
            select s from Signup s where s.activityId = :activityId and s.status <> se.motesplats.signup.SignupStatus.CANCELLED
            order by s.occurrenceId, s.queuedAt, s.id""")
    List<Signup> activeFor(@Param("activityId") long activityId);

    /**
     * As {@code Signup#hasPlaceAt}, in the query: confirmed, for the whole activity or for this meeting;
     * of these people or sign-ups. Rows of sign-up id, account and companions. In SQL, not JPQL: Hibernate
     * translates a JPQL query with a list parameter anew on every call, which cost more than the query.
     */
    @Query(nativeQuery = true, value = """
            select id, account_id, places - 1 from signup
            where activity_id = :activityId and status = 'CONFIRMED' and occurrence_id in (0, :occurrenceId)
              and (account_id in (:accountIds) or id in (:signupIds))""")
    List<Object[]> placeHoldersAmong(@Param("activityId") long activityId, @Param("occurrenceId") long occurrenceId,
            @Param("accountIds") java.util.Collection<Long> accountIds, @Param("signupIds") java.util.Collection<Long> signupIds);
}
