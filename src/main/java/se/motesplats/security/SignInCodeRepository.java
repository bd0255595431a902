package se.motesplats.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInCodeRepository extends JpaRepository<SignInCode, Long> {

    @Query("""
            select c from SignInCode c
            where c.accountId = :accountId and c.consumedAt is null and c.expiresAt > :now
              and c.failedAttempts < :maxAttempts
            order by c.createdAt desc limit 1""")
    Optional<SignInCode> findUsable(@Param("accountId") long accountId, @Param("now") Instant now,
            @Param("maxAttempts") int maxAttempts);

    long countByAccountIdAndCreatedAtAfter(long accountId, Instant since);

    /** Conditional, so that two nodes racing on the same code cannot both sign someone in. */
    @Modifying
    @Query("update SignInCode c set c.consumedAt = :now where c.id = :id and c.consumedAt is null")
    int consume(@Param("id") long id, @Param("now") Instant now);

    @Modifying
    @Query("update SignInCode c set c.failedAttempts = c.failedAttempts + 1 where c.id = :id")
    void countFailedAttempt(@Param("id") long id);

    /** A new code replaces the older ones still open. */
    @Modifying
    @Query("update SignInCode c set c.consumedAt = :now where c.accountId = :accountId and c.consumedAt is null")
    void retireOpenCodes(@Param("accountId") long accountId, @Param("now") Instant now);

    /** Codes are worth nothing after their hour of rate limiting; old rows only tell when someone signed in. */
    @Modifying
    @Query("delete from SignInCode c where c.createdAt < :before")
    int deleteCreatedBefore(@Param("before") Instant before);
}
