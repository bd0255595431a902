package se.motesplats.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findTop50ByOrderByIdDesc();

    List<OutboxMessage> findTop50ByRecipientOrderByIdDesc(String recipient);
}
