package se.motesplats.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.activity.SignupTerms;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.RuleViolation;

/**
 * Signing up, cancelling and the waiting list. Places are counted in the database and every change
 * locks the count first, so capacity holds with any number of app nodes; a transaction that loses
 * a deadlock or a duplicate-key race is run again. Transactions read committed data, so that what
 * is read after the lock is what others committed while this one waited.
 */
@Service
public class SignupService {

    private final SignupRepository signups;
    private final Places places;
    private final ActivityService activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .includes(ConcurrencyFailureException.class, DataIntegrityViolationException.class)
            .maxRetries(5).delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(20)).build());

    SignupService(SignupRepository signups, Places places, ActivityService activities, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.signups = signups;
        this.places = places;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        // Reads after taking the place count's lock must see what others committed while we waited.
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Signs the caller up, with the companions who come along. For a drop-in activity the caller
     * says "I'm coming" to one meeting ({@code occurrenceId}); otherwise to the whole activity.
     * Signing up twice changes nothing.
     */
    public SignupOutcome signUp(long activityId, @Nullable Long occurrenceId, List<Companion> companions) {
        SignedInPerson caller = CurrentPerson.required();
        return retrying(() -> takePlaceOrQueue(activityId, occurrenceId, companions, caller.accountId()));
    }

    /** Cancels one of the caller's sign-ups; a freed place goes to the first waiting who fits. */
    public void cancel(long signupId) {
        SignedInPerson caller = CurrentPerson.required();
        retrying(() -> {
            Signup signup = signups.findById(signupId).orElseThrow(() -> new RuleViolation("signup.rule.not-found"));
            if (signup.accountId() != caller.accountId()) {
                throw new AccessDeniedException("Not the caller's sign-up");
            }
            PlaceKey key = signup.placeKey();
            Places.PlaceCount count = places.lock(key, capacityOf(key.activityId()));
            Signup locked = signups.findById(signupId).orElseThrow();
            if (!locked.status().active()) {
                return false;
            }
            if (locked.cancel(clock.instant())) {
                places.release(key, locked.places());
            }
            events.publishEvent(new SignupEvents.SignupCancelled(signupId, key.activityId(), locked.accountId()));
            promoteWaiting(key, count.capacity());
            return true;
        });
    }

    /** The caller's active sign-ups with their place in the queue. */
    @Transactional(readOnly = true)
    public List<MySignup> mine() {
        long accountId = CurrentPerson.required().accountId();
        return signups.activeOf(accountId).stream().map(this::view).toList();
    }

    /** The caller's active sign-ups to one activity (for drop-in activities, one per meeting). */
    @Transactional(readOnly = true)
    public List<MySignup> mineFor(long activityId) {
        return CurrentPerson.get().map(caller -> signups.activeOf(caller.accountId()).stream()
                .filter(signup -> signup.placeKey().activityId() == activityId).map(this::view).toList())
                .orElse(List.of());
    }

    private SignupOutcome takePlaceOrQueue(long activityId, @Nullable Long occurrenceId, List<Companion> companions,
            long accountId) {
        if (companions.size() > Companion.MAX_PER_SIGNUP) {
            throw new RuleViolation("signup.rule.too-many-companions");
        }
        SignupTerms terms = activities.signupTerms(activityId).filter(SignupTerms::open)
                .orElseThrow(() -> new RuleViolation("signup.rule.not-open"));
        PlaceKey key = placeKey(terms, occurrenceId);
        Places.PlaceCount count = places.lock(key, terms.capacity());
        Instant now = clock.instant();
        Optional<Signup> existing = signups.findOne(key.activityId(), key.occurrenceId(), accountId);
        if (existing.isPresent() && existing.get().status().active()) {
            return outcome(existing.get(), terms);
        }
        Signup signup = existing.orElseGet(() -> new Signup(key, accountId, companions, now));
        existing.ifPresent(cancelled -> cancelled.restart(companions, now));
        boolean queue = WaitingList.mustQueue(!signups.waiting(key.activityId(), key.occurrenceId()).isEmpty(),
                count.free(), signup.places());
        if (!queue && places.take(key, signup.places())) {
            signup.confirm(now);
        } else {
            signup.waitlist();
        }
        Signup saved = signups.saveAndFlush(signup);
        events.publishEvent(saved.status() == SignupStatus.CONFIRMED
                ? new SignupEvents.PlaceConfirmed(saved.id(), activityId, accountId)
                : new SignupEvents.Waitlisted(saved.id(), activityId, accountId));
        return outcome(saved, terms);
    }

    private PlaceKey placeKey(SignupTerms terms, @Nullable Long occurrenceId) {
        if (!terms.dropIn()) {
            return PlaceKey.wholeActivity(terms.activityId());
        }
        if (occurrenceId == null || !terms.hasComingMeeting(occurrenceId)) {
            throw new RuleViolation("signup.rule.choose-meeting");
        }
        return new PlaceKey(terms.activityId(), occurrenceId);
    }

    /** Gives freed places to the waiting in arrival order; called with the count locked. */
    private void promoteWaiting(PlaceKey key, @Nullable Integer capacity) {
        List<Signup> waiting = signups.waiting(key.activityId(), key.occurrenceId());
        int free = places.lock(key, capacity).free();
        List<Long> promote = WaitingList.toPromote(
                waiting.stream().map(signup -> new WaitingList.Waiting(signup.id(), signup.places())).toList(), free);
        Instant now = clock.instant();
        for (Signup signup : waiting) {
            if (promote.contains(signup.id()) && places.take(key, signup.places())) {
                signup.promoteFromWaitingList(now);
                events.publishEvent(new SignupEvents.PromotedFromWaitingList(signup.id(), key.activityId(), signup.accountId()));
            }
        }
        signups.flush();
    }

    private @Nullable Integer capacityOf(long activityId) {
        return activities.signupTerms(activityId).map(SignupTerms::capacity).orElse(null);
    }

    private SignupOutcome outcome(Signup signup, SignupTerms terms) {
        return new SignupOutcome(signup.id(), signup.status(), waitingPosition(signup), overlapping(signup, terms));
    }

    private int waitingPosition(Signup signup) {
        if (signup.status() != SignupStatus.WAITLISTED) {
            return 0;
        }
        PlaceKey key = signup.placeKey();
        return signups.waiting(key.activityId(), key.occurrenceId()).stream().map(Signup::id).toList().indexOf(signup.id()) + 1;
    }

    /** The caller's other activities that meet at the same time as one of this sign-up's meetings. */
    private List<Long> overlapping(Signup signup, SignupTerms terms) {
        List<OccurrenceView> mine = meetingsOf(signup, terms);
        return signups.activeOf(signup.accountId()).stream()
                .filter(other -> other.placeKey().activityId() != signup.placeKey().activityId())
                .filter(other -> activities.signupTerms(other.placeKey().activityId())
                        .map(otherTerms -> meetingsOf(other, otherTerms).stream().anyMatch(meeting -> overlapsAny(meeting, mine)))
                        .orElse(false))
                .map(other -> other.placeKey().activityId())
                .distinct().toList();
    }

    private static List<OccurrenceView> meetingsOf(Signup signup, SignupTerms terms) {
        long occurrenceId = signup.placeKey().occurrenceId();
        return terms.comingMeetings().stream()
                .filter(meeting -> !meeting.cancelled())
                .filter(meeting -> occurrenceId == PlaceKey.WHOLE_ACTIVITY || meeting.id() == occurrenceId)
                .toList();
    }

    private static boolean overlapsAny(OccurrenceView meeting, List<OccurrenceView> others) {
        return others.stream().anyMatch(other -> meeting.startsAt().isBefore(other.endsAt()) && other.startsAt().isBefore(meeting.endsAt()));
    }

    private MySignup view(Signup signup) {
        long occurrenceId = signup.placeKey().occurrenceId();
        return new MySignup(signup.id(), signup.placeKey().activityId(),
                occurrenceId == PlaceKey.WHOLE_ACTIVITY ? null : occurrenceId, signup.status(), waitingPosition(signup),
                signup.companions());
    }

    private <T> T retrying(Supplier<T> work) {
        try {
            return retry.execute(() -> Objects.requireNonNull(transaction.execute(status -> work.get())));
        } catch (RetryException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e);
        }
    }
}
