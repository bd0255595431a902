package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.shared.RetriedTransactions;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app node (or the database node it writes through) that dies in the middle of a batch of
 * notices, as in the multi-node proof (docs/scaling.md): what it sent stays recorded as sent, and
 * what it had claimed but not sent is not handed to another node before its lease ends, then sent
 * once. Before, the whole batch was one transaction: a failure rolled back every "sent" of the batch
 * and the messages already delivered went again.
 */
class NoticeClaimsModuleTest extends ModuleTestBase {

    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;
    @Autowired RetriedTransactions transactions;
    @Autowired TranslationProvider translations;
    @Autowired SmsService sms;
    @Autowired PushService push;
    @Autowired JsonMapper json;
    @Autowired TestClock clock;
    @Autowired DevelopmentOutbox outbox;

    /** Stands for the JVM going away: not an exception a sender would catch. */
    static final class NodeDied extends Error {
        NodeDied() {
            super("killed");
        }
    }

    @Test
    void aNodeDyingMidBatchLeavesWhatItSentSentAndTheRestLeasedUntilSentOnce() {
        while (notifications.sendDue() > 0) {
            // notices other tests left queued
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = IntStream.range(0, 3).mapToObj(i -> "claim-" + i + "-" + run + "@motesplats.test").toList();
        recipients.forEach(recipient -> jdbc.sql("""
                insert into notification_delivery (channel, recipient, language, template, arguments, status, next_attempt_at, created_at)
                values ('EMAIL', ?, 'sv', 'signup.notice.confirmed', '{"name":"Ny"}', 'PENDING', ?, ?)""")
                .params(recipient, clock.instant(), clock.instant()).update());

        List<String> delivered = new CopyOnWriteArrayList<>();
        Map<String, String> seenMeanwhile = new ConcurrentHashMap<>();
        Notifications dying = new Notifications(jdbc, transactions, new EmailService(translations, email -> {
            delivered.add(email.recipient());
            if (delivered.size() == 2) {
                // another node, while this one is sending its second: it finds nothing of this batch to send
                assertThat(CompletableFuture.supplyAsync(notifications::sendDue).join()).isZero();
                seenMeanwhile.putAll(statuses(recipients));
                throw new NodeDied();
            }
        }, "https://motesplats.test"), sms, push, json, clock, 500, Duration.ofDays(35));

        assertThatThrownBy(dying::sendDue).isInstanceOf(NodeDied.class);

        assertThat(delivered).containsExactly(recipients.get(0), recipients.get(1));
        assertThat(seenMeanwhile).as("the first recorded as sent at once, not at the end of the batch")
                .containsEntry(recipients.get(0), "SENT").containsEntry(recipients.get(1), "PENDING")
                .containsEntry(recipients.get(2), "PENDING");
        notifications.sendDue();
        assertThat(sentByOthers(recipients)).as("nothing of the dead node's batch before its lease ends").isEmpty();

        clock.advance(Notifications.LEASE.plusMinutes(1));
        while (notifications.sendDue() > 0) {
            // the leases of the dead node ended
        }
        assertThat(sentByOthers(recipients)).as("the rest sent once after the lease; the first never again")
                .containsExactlyInAnyOrder(recipients.get(1), recipients.get(2));
        assertThat(statuses(recipients).values()).containsOnly("SENT");
    }

    private Map<String, String> statuses(List<String> recipients) {
        return jdbc.sql("select recipient, status from notification_delivery where recipient in (:recipients)")
                .param("recipients", recipients).query((row, number) -> Map.entry(row.getString(1), row.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** What the other node (the development outbox in tests) delivered to these recipients. */
    private List<String> sentByOthers(List<String> recipients) {
        return recipients.stream().flatMap(recipient -> outbox.latestTo(recipient).stream().map(message -> recipient)).toList();
    }
}
