package se.motesplats.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One browser on one device that shows the person's notices: where to post them and the keys to encrypt them for. */
@Entity
@Table(name = "push_subscription")
class PushSubscription {

    /** What a push device is called in the notification queue and the outbox. */
    static final String ADDRESS_PREFIX = "push:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String endpoint;

    @Column(nullable = false)
    private String p256dh;

    @Column(nullable = false)
    private String auth;

    @Column(name = "device_label", nullable = false)
    private String deviceLabel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    protected PushSubscription() {
        this(0, "", "", "", "", Instant.EPOCH);
    }

    PushSubscription(long accountId, String endpoint, String p256dh, String auth, String deviceLabel, Instant createdAt) {
        this.accountId = accountId;
        this.endpoint = endpoint;
        this.p256dh = p256dh;
        this.auth = auth;
        this.deviceLabel = deviceLabel;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Push subscription not saved yet");
        }
        return id;
    }

    String address() {
        return ADDRESS_PREFIX + id();
    }

    long accountId() {
        return accountId;
    }

    String endpoint() {
        return endpoint;
    }

    String p256dh() {
        return p256dh;
    }

    String auth() {
        return auth;
    }

    String deviceLabel() {
        return deviceLabel;
    }

    Instant createdAt() {
        return createdAt;
    }

    Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    /** The person turned notifications on again in the same browser, which may have new keys. */
    void renew(String newP256dh, String newAuth, String newDeviceLabel, Instant at) {
        this.p256dh = newP256dh;
        this.auth = newAuth;
        this.deviceLabel = newDeviceLabel;
        this.createdAt = at;
        this.lastUsedAt = null;
    }
}
