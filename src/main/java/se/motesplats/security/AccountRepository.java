package se.motesplats.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    /** By the lookup hash of the normalised address ({@link ContactCipher#emailHash}). */
    Optional<Account> findByEmailHash(String emailHash);

    /** By the lookup hash of an E.164 number ({@link ContactCipher#phoneHash}). */
    Optional<Account> findByPhoneHash(String phoneHash);

    List<Account> findAllByOrderByFirstNameAsc();
}
