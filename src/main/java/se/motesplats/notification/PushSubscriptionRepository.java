package se.motesplats.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PushSubscriptionRepository extends JpaRepository<PushSubscription, Long> {

    List<PushSubscription> findByAccountIdOrderById(long accountId);

    Optional<PushSubscription> findByEndpoint(String endpoint);
}
