package se.motesplats.signup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's place in an activity, or for drop-in activities in one meeting. Changes go through
 * {@link SignupService}, which locks the activity's place count first, so the state changes here
 * never race.
 */
@Entity
@Table(name = "signup")
class Signup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    /** {@link PlaceKey#WHOLE_ACTIVITY} unless the person comes to one meeting of a drop-in activity. */
    @Column(name = "occurrence_id", nullable = false)
    private long occurrenceId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignupStatus status;

    @Column(nullable = false)
    private int places;

    @Column(name = "referred_by")
    private @Nullable Long referredBy;

    @Column(name = "establishment_plan", nullable = false)
    private boolean establishmentPlan;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Arrival on the waiting list; the list moves up in this order. */
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    /** Set while a place freed for this person waits for their yes. */
    @Column(name = "offered_until")
    private @Nullable Instant offeredUntil;

    @Column(name = "offer_reason")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private @Nullable OfferReason offerReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "signup_companion", joinColumns = @JoinColumn(name = "signup_id"))
    @OrderColumn(name = "position")
    private List<Companion> companions = new ArrayList<>();

    @Version
    private long version;

    protected Signup() {
        this.status = SignupStatus.CANCELLED;
        this.createdAt = Instant.EPOCH;
        this.queuedAt = Instant.EPOCH;
    }

    Signup(PlaceKey key, long accountId, List<Companion> companions, Instant now) {
        this.activityId = key.activityId();
        this.occurrenceId = key.occurrenceId();
        this.accountId = accountId;
        this.status = SignupStatus.CANCELLED;
        this.createdAt = now;
        this.queuedAt = now;
        this.companions = new ArrayList<>(companions);
        this.places = 1 + companions.size();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Sign-up not saved yet");
        }
        return id;
    }

    PlaceKey placeKey() {
        return new PlaceKey(activityId, occurrenceId);
    }

    /** Whether the person has a confirmed place at this meeting: for the whole activity or for just this one. */
    boolean hasPlaceAt(long occurrenceId) {
        return status == SignupStatus.CONFIRMED && (this.occurrenceId == PlaceKey.WHOLE_ACTIVITY || this.occurrenceId == occurrenceId);
    }

    long accountId() {
        return accountId;
    }

    SignupStatus status() {
        return status;
    }

    int places() {
        return places;
    }

    List<Companion> companions() {
        return List.copyOf(companions);
    }

    boolean referred() {
        return referredBy != null;
    }

    Instant queuedAt() {
        return queuedAt;
    }

    /** Signing up again after cancelling starts afresh, with the companions named this time. */
    void restart(List<Companion> newCompanions, Instant now) {
        if (status.active()) {
            throw new IllegalStateException("Sign-up " + id + " is still active");
        }
        companions.clear();
        companions.addAll(newCompanions);
        referredBy = null;
        establishmentPlan = false;
        places = 1 + newCompanions.size();
        queuedAt = now;
        cancelledAt = null;
        confirmedAt = null;
        offeredUntil = null;
        offerReason = null;
    }

    void referredBy(long coordinatorId, boolean partOfEstablishmentPlan) {
        this.referredBy = coordinatorId;
        this.establishmentPlan = partOfEstablishmentPlan;
    }

    void confirm(Instant now) {
        status = SignupStatus.CONFIRMED;
        confirmedAt = now;
    }

    void waitlist() {
        status = SignupStatus.WAITLISTED;
    }

    /**
     * Promotion from the waiting list: the place was taken for this person by {@link SignupService}.
     * With a deadline the place is held for them until they say yes.
     */
    void promoteFromWaitingList(Instant now, @Nullable Instant answerBy) {
        if (status != SignupStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waiting sign-up is promoted");
        }
        confirm(now);
        offeredUntil = answerBy;
        offerReason = answerBy == null ? null : OfferReason.PROMOTED;
    }

    /**
     * After no-shows: the place stays this person's only if they say yes by {@code answerBy}.
     * @return whether they were asked (not if they hold no place or are being asked already)
     */
    boolean askIfStillComing(Instant answerBy) {
        if (status != SignupStatus.CONFIRMED || offeredUntil != null) {
            return false;
        }
        offeredUntil = answerBy;
        offerReason = OfferReason.NO_SHOWS;
        return true;
    }

    @Nullable Instant offeredUntil() {
        return offeredUntil;
    }

    @Nullable OfferReason offerReason() {
        return offerReason;
    }

    /** The person said yes to the place offered to them. */
    void acceptOffer() {
        offeredUntil = null;
        offerReason = null;
    }

    /** @return whether the sign-up held places that are now free */
    boolean cancel(Instant now) {
        boolean heldPlaces = status == SignupStatus.CONFIRMED;
        status = SignupStatus.CANCELLED;
        cancelledAt = now;
        offeredUntil = null;
        offerReason = null;
        return heldPlaces;
    }
}
