package se.motesplats.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface AccountRepository extends JpaRepository<Account, Long> {

    /** By the lookup hash of the normalised address ({@link ContactCipher#emailHash}). */
    Optional<Account> findByEmailHash(String emailHash);

    /** By the lookup hash of an E.164 number ({@link ContactCipher#phoneHash}). */
    Optional<Account> findByPhoneHash(String phoneHash);

    List<Account> findAllByOrderByFirstNameAsc();

    /** A remembered device signed the person in: as {@link Account#signedInAt}, without loading the account. */
    @Modifying
    @Transactional
    @Query("update Account a set a.lastSignInAt = :at, a.erasureWarnedAt = null where a.id = :id")
    int signedInAt(long id, java.time.Instant at);
}
