package se.motesplats.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.RetriedTransactions;
import se.motesplats.shared.Zones;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices go into a queue in the database within the transaction of the change they tell of, so a
 * notice is sent if and only if the change was saved. A job sends what is due: it first claims rows
 * (with {@code SKIP LOCKED}, moving their next attempt a lease ahead) and commits the claim, then
 * sends each and commits it as sent at once. So several nodes share the work without sending
 * anything twice, also on Galera, whose row locks do not reach other database nodes (the second
 * claim fails certification and is run again); and a node or database node that dies in the middle
 * of a batch leaves at most the notice it was sending unrecorded, not the whole batch. Failures are
 * retried with growing pauses.
 */
@Service
public class Notifications {

    /** What an emptied notice's recipient becomes. */
    static final String FORGOTTEN = "-";

    static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 50;
    /** How long a claimed notice is left to its node; one that died with it is sent after this. */
    static final Duration LEASE = Duration.ofMinutes(10);
    /** Rows whose lease ends this soon are left for another claim: a slow batch must not overlap it. */
    private static final Duration LEASE_MARGIN = Duration.ofMinutes(5);
    /** Recording a sent notice is tried this often: failing, the notice would go again after its lease. */
    private static final int RECORD_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final JdbcClient jdbc;
    private final RetriedTransactions transactions;
    private final EmailService email;
    private final SmsService sms;
    private final PushService push;
    private final JsonMapper json;
    private final Clock clock;
    private final int smsMonthlyCap;
    private final java.time.Duration keptFor;

    Notifications(JdbcClient jdbc, RetriedTransactions transactions, EmailService email, SmsService sms, PushService push,
            JsonMapper json, Clock clock, @Value("${motesplats.sms.monthly-cap-per-organisation:500}") int smsMonthlyCap,
            @Value("${motesplats.notifications.kept-for:P35D}") java.time.Duration keptFor) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.email = email;
        this.sms = sms;
        this.push = push;
        this.json = json;
        this.clock = clock;
        this.smsMonthlyCap = smsMonthlyCap;
        this.keptFor = keptFor;
    }

    /**
     * Queues a notice, once for each of the person's devices when it goes by push; a person without
     * any address is not written to. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Notice notice) {
        boolean smsAllowed = sms.available() && withinSmsBudget(notice.payingOrganisationId());
        List<String> pushDevices = notice.recipient().preferred() == MessageChannel.PUSH
                ? push.devicesOf(notice.recipient().accountId()) : List.of();
        notice.recipient().addresses(smsAllowed, pushDevices).forEach(address -> jdbc.sql("""
                insert ignore into notification_delivery
                  (channel, recipient, language, template, arguments, once_key, organisation_id, status, next_attempt_at, created_at)
                values (:channel, :recipient, :language, :template, :arguments, :onceKey, :organisation, 'PENDING', :now, :now)""")
                .param("channel", address.channel().name())
                .param("recipient", address.value())
                .param("language", notice.recipient().language().tag())
                .param("template", notice.template())
                .param("arguments", json.writeValueAsString(notice.arguments()))
                .param("onceKey", address.channel() == MessageChannel.PUSH && notice.onceKey() != null
                        ? notice.onceKey() + " " + address.value() : notice.onceKey())
                .param("organisation", notice.payingOrganisationId())
                .param("now", clock.instant())
                .update());
    }

    /** Text messages this calendar month (Swedish time) about the organisation's activities stay under the cap. */
    private boolean withinSmsBudget(@Nullable Long organisationId) {
        if (organisationId == null) {
            return true;
        }
        Instant monthStart = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).withDayOfMonth(1).atStartOfDay(Zones.STOCKHOLM).toInstant();
        int sent = jdbc.sql("""
                select count(*) from notification_delivery
                where organisation_id = :organisation and channel = 'SMS' and created_at >= :since""")
                .param("organisation", organisationId).param("since", monthStart).query(Integer.class).single();
        return sent < smsMonthlyCap;
    }

    /** The once-key of the newest notice sent to an address or number whose key starts so, to match replies to it. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> newestOnceKeySentTo(String recipient, String keyPrefix) {
        return jdbc.sql("""
                select once_key from notification_delivery
                where recipient = :recipient and status = 'SENT' and once_key like :prefix
                order by sent_at desc, id desc limit 1""")
                .param("recipient", recipient).param("prefix", keyPrefix + "%")
                .query(String.class).optional();
    }

    /**
     * Forgets the addresses or numbers of every notice to these recipients and what the notices
     * said, and deletes the copies in the development outbox: part of erasing a person. Rows stay,
     * emptied, for their once-keys (so nothing is sent twice) and the SMS budget.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(java.util.Collection<String> recipients) {
        if (!recipients.isEmpty()) {
            jdbc.sql("update notification_delivery set recipient = :gone, arguments = '{}', status = if(status = 'PENDING', 'FAILED', status) "
                    + "where recipient in (:recipients)").param("gone", FORGOTTEN).param("recipients", recipients).update();
            jdbc.sql("delete from outbox_message where recipient in (:recipients)").param("recipients", recipients).update();
        }
    }

    /**
     * Sent and given-up notices hold addresses and names in plaintext; they are needed only for a
     * while (matching an SMS reply to its reminder), then emptied as {@link #forget} does. Harmless
     * when every node runs it.
     */
    @Scheduled(cron = "${motesplats.notifications.forget-cron:0 40 3 * * *}", zone = "Europe/Stockholm")
    @Transactional
    public int forgetOld() {
        return jdbc.sql("""
                update notification_delivery set recipient = :gone, arguments = '{}'
                where status <> 'PENDING' and created_at < :before and recipient <> :gone""")
                .param("gone", FORGOTTEN).param("before", clock.instant().minus(keptFor)).update();
    }

    /** Sends what is due. Every node runs it; a claim keeps them off each other's rows. */
    @Scheduled(fixedDelayString = "${motesplats.notifications.send-every:PT20S}")
    public int sendDue() {
        Instant now = clock.instant();
        List<Due> due = transactions.run(() -> claim(now));
        for (Due delivery : due) {
            if (clock.instant().isAfter(now.plus(LEASE).minus(LEASE_MARGIN))) {
                break;
            }
            boolean delivered;
            try {
                delivered = send(delivery);
            } catch (RuntimeException e) {
                Retry retry = Retry.after(delivery.attempts() + 1, now);
                log.warn("Notice {} failed on attempt {}: {}", delivery.id(), delivery.attempts() + 1, e.getClass().getSimpleName());
                record(() -> jdbc.sql("""
                        update notification_delivery set attempts = attempts + 1, status = :status, next_attempt_at = :next,
                          last_error = :error where id = :id""")
                        .param("status", retry.giveUp() ? "FAILED" : "PENDING").param("next", retry.next())
                        .param("error", e.getClass().getSimpleName()).param("id", delivery.id()).update());
                continue;
            }
            if (delivered) {
                record(() -> jdbc.sql("update notification_delivery set status = 'SENT', sent_at = :now, attempts = attempts + 1 where id = :id")
                        .param("now", now).param("id", delivery.id()).update());
            } else {
                record(() -> {
                    jdbc.sql("update notification_delivery set status = 'FAILED', attempts = attempts + 1, last_error = 'GONE' where id = :id")
                            .param("id", delivery.id()).update();
                    forget(List.of(delivery.recipient()));
                    return null;
                });
            }
        }
        return due.size();
    }

    /** The due rows no other node holds, each leased to this node until {@link #LEASE} from now. */
    private List<Due> claim(Instant now) {
        List<Due> due = jdbc.sql("""
                select id, channel, recipient, language, template, arguments, attempts from notification_delivery
                where status = 'PENDING' and next_attempt_at <= :now order by next_attempt_at, id limit :batch
                for update skip locked""")
                .param("now", now).param("batch", BATCH)
                .query(Due.class).list();
        if (!due.isEmpty()) {
            jdbc.sql("update notification_delivery set next_attempt_at = :leaseEnd where id in (:ids)")
                    .param("leaseEnd", now.plus(LEASE)).param("ids", due.stream().map(Due::id).toList()).update();
        }
        return due;
    }

    /**
     * Records what became of a notice in a transaction of its own, trying again while the database
     * fails over: the message has gone, and unrecorded it would go again once its lease ends.
     */
    private void record(Supplier<?> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.run(() -> {
                    change.get();
                    return Boolean.TRUE;
                });
                return;
            } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
                if (attempt == RECORD_ATTEMPTS) {
                    throw e;
                }
                log.warn("Recording a notice failed on attempt {}: {}", attempt, e.getClass().getSimpleName());
                try {
                    Thread.sleep(Duration.ofSeconds(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** False when the notice has nowhere to go any more: a push device turned off or reported gone. */
    private boolean send(Due delivery) {
        SupportedLanguage language = SupportedLanguage.byTag(delivery.language()).orElse(SupportedLanguage.SOURCE);
        Map<String, Object> arguments = json.readValue(delivery.arguments(), new TypeReference<Map<String, Object>>() { });
        switch (MessageChannel.valueOf(delivery.channel())) {
            case EMAIL -> email.send(new EmailMessage(delivery.recipient(), language, delivery.template(), arguments));
            case SMS -> sms.send(new SmsMessage(delivery.recipient(), language, delivery.template() + ".sms", arguments));
            case PUSH -> {
                return push.send(new PushMessage(delivery.recipient(), language, delivery.template(), arguments));
            }
        }
        return true;
    }

    /** When to try a failed notice again: 1, 2, 4 … minutes after, giving up after {@link #MAX_ATTEMPTS}. */
    record Retry(Instant next, boolean giveUp) {

        static Retry after(int attemptsMade, Instant now) {
            return new Retry(now.plus(Duration.ofMinutes(1L << Math.min(attemptsMade - 1, 10))), attemptsMade >= MAX_ATTEMPTS);
        }
    }

    record Due(long id, String channel, String recipient, String language, String template, String arguments, int attempts) {
    }
}
