package se.motesplats.signup;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityEvents;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.activity.SignupTerms;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.AuditLog;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.RateLimits;
import se.motesplats.shared.RetriedTransactions;
import se.motesplats.shared.RuleViolation;

/**
 * Signing up, cancelling and the waiting list. Places are counted in the database and every change
 * locks the count first, so capacity holds with any number of app nodes; a transaction that loses
 * a deadlock or a duplicate-key race is run again. Transactions read committed data, so that what
 * is read after the lock is what others committed while this one waited.
 */
@Service
public class SignupService {

    static final RateLimits.Limit SIGNUPS_PER_PERSON = new RateLimits.Limit("signup-person", 30, Duration.ofDays(1));

    private final SignupRepository signups;
    private final RateLimits limits;
    private final Places places;
    private final Absences absences;
    private final ActivityService activities;
    private final AccountService accounts;
    private final SignupNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration answerWithin;
    private final Duration stillComingWithin;
    private final RetriedTransactions transactions;
    private final AuditLog audit;
    private final AreaService areas;

    SignupService(SignupRepository signups, RateLimits limits, Places places, Absences absences, ActivityService activities, AccountService accounts,
            SignupNotices notices, ApplicationEventPublisher events, Clock clock, RetriedTransactions transactions, AuditLog audit, AreaService areas,
            @Value("${motesplats.signup.answer-offer-within:PT0S}") Duration answerWithin,
            @Value("${motesplats.signup.answer-still-coming-within:P3D}") Duration stillComingWithin) {
        this.signups = signups;
        this.limits = limits;
        this.places = places;
        this.absences = absences;
        this.activities = activities;
        this.accounts = accounts;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
        this.answerWithin = answerWithin;
        this.stillComingWithin = stillComingWithin;
        this.transactions = transactions;
        this.audit = audit;
        this.areas = areas;
    }

    /**
     * Signs the caller up, with the companions who come along. For a drop-in activity the caller
     * says "I'm coming" to one meeting ({@code occurrenceId}); otherwise to the whole activity.
     * Signing up twice changes nothing.
     */
    public SignupOutcome signUp(long activityId, @Nullable Long occurrenceId, List<Companion> companions) {
        SignedInPerson caller = CurrentPerson.required();
        limits.count(SIGNUPS_PER_PERSON, "account:" + caller.accountId());
        return retrying(() -> takePlaceOrQueue(activityId, occurrenceId, companions, caller.accountId(), null));
    }

    /**
     * A case officer or coordinator signs up a newcomer who agreed to it, possibly as part of their
     * establishment plan. Referrals may use the places the organiser keeps for them.
     */
    @RolesAllowed({Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
    public SignupOutcome refer(long activityId, @Nullable Long occurrenceId, long newcomerAccountId, boolean establishmentPlan) {
        SignedInPerson caller = CurrentPerson.required();
        String municipality = activities.detail(activityId, SupportedLanguage.SWEDISH).map(detail -> detail.venue().municipalityCode())
                .orElseThrow(() -> new RuleViolation("signup.rule.not-found"));
        if (!caller.hasRole(Roles.ADMINISTRATOR) && !areas.scopeOf(caller.accountId()).contains(municipality)) {
            throw new AccessDeniedException("Outside the caller's areas");
        }
        Referral referral = new Referral(CurrentPerson.required().accountId(), establishmentPlan);
        return retrying(() -> takePlaceOrQueue(activityId, occurrenceId, List.of(), newcomerAccountId, referral));
    }

    /** How many places of the whole activity are kept for referrals. */
    @Transactional(readOnly = true)
    public int keptForReferrals(long activityId) {
        requireManager(activityId);
        return places.reserved(PlaceKey.wholeActivity(activityId));
    }

    /** The organiser keeps places of the whole activity for referred newcomers; the queue moves if fewer are kept. */
    public void keepForReferrals(long activityId, int placesKept) {
        requireManager(activityId);
        retrying(() -> {
            SignupTerms terms = activities.signupTerms(activityId).orElseThrow(() -> new RuleViolation("signup.rule.not-open"));
            if (placesKept < 0 || terms.capacity() != null && placesKept > terms.capacity() || terms.capacity() == null && placesKept > 0) {
                throw new RuleViolation("signup.rule.reserve-within-capacity");
            }
            PlaceKey key = PlaceKey.wholeActivity(activityId);
            places.lock(key, terms.capacity());
            places.reserve(key, placesKept);
            promoteWaiting(key, terms.capacity());
            return true;
        });
    }

    /** Cancels one of the caller's sign-ups; a freed place goes to the first waiting who fits. */
    public void cancel(long signupId) {
        long caller = CurrentPerson.required().accountId();
        retrying(() -> cancelOwn(signupId, caller));
    }

    /**
     * The signed-in person cannot come to one coming meeting ("Can't come this time" in "My
     * activities"): the same as answering "2" to its reminder.
     */
    public void cannotComeTo(long signupId, long occurrenceId) {
        SignedInPerson caller = CurrentPerson.required();
        Signup signup = signups.findById(signupId).filter(found -> found.accountId() == caller.accountId())
                .orElseThrow(() -> new RuleViolation("signup.rule.not-found"));
        if (!activities.signupTerms(signup.placeKey().activityId()).map(terms -> terms.hasComingMeeting(occurrenceId)).orElse(false)) {
            throw new RuleViolation("signup.rule.not-found");
        }
        cannotCome(signupId, occurrenceId, caller.accountId());
    }

    /**
     * The person said they cannot come to one meeting (an SMS reply "2" to its reminder). A drop-in
     * place for that meeting is freed for the next in the queue; someone signed up to the whole
     * activity stays signed up and is noted as away, for the leader's roll call.
     */
    void cannotCome(long signupId, long occurrenceId, long accountId) {
        retrying(() -> {
            Signup signup = signups.findById(signupId).filter(found -> found.accountId() == accountId).orElse(null);
            if (signup == null) {
                return false;
            }
            if (signup.placeKey().occurrenceId() == occurrenceId) {
                return cancelOwn(signupId, accountId);
            }
            absences.noteAbsence(signupId, occurrenceId, clock.instant());
            return true;
        });
    }

    /**
     * The person says they are coming after all (an SMS reply "1"): an absence they reported for that
     * meeting is taken back, so the leader's roll call expects them again. A drop-in place already given
     * away by an earlier "2" stays with whoever has it now.
     */
    void comingAfterAll(long signupId, long occurrenceId, long accountId) {
        signups.findById(signupId).filter(found -> found.accountId() == accountId)
                .ifPresent(signup -> absences.withdrawAbsence(signupId, occurrenceId));
    }

    /** Erasing a person: every place they hold goes to the next in the queue, as if they had cancelled. */
    void cancelAllOf(long accountId) {
        signups.activeOf(accountId).forEach(signup -> retrying(() -> cancelOwn(signup.id(), accountId)));
        signups.flush(); // the caller deletes the rows with SQL next
    }

    private boolean cancelOwn(long signupId, long accountId) {
        Signup signup = signups.findById(signupId).orElseThrow(() -> new RuleViolation("signup.rule.not-found"));
        if (signup.accountId() != accountId) {
            throw new AccessDeniedException("Not the caller's sign-up");
        }
        PlaceKey key = signup.placeKey();
        PlaceCount count = places.lock(key, capacityOf(key.activityId()));
        Signup locked = signups.findById(signupId).orElseThrow();
        if (!locked.status().active()) {
            return false;
        }
        if (locked.cancel(clock.instant())) {
            places.release(key, locked.places(), locked.referred());
        }
        events.publishEvent(new SignupEvents.SignupCancelled(signupId, key.activityId(), locked.accountId()));
        promoteWaiting(key, count.capacity());
        return true;
    }

    /** A changed capacity may free places: the waiting move up at once. */
    @EventListener
    void capacityMayHaveChanged(ActivityEvents.ActivityChanged changed) {
        activities.signupTerms(changed.activityId()).filter(terms -> !terms.dropIn()).ifPresent(terms -> {
            PlaceKey key = PlaceKey.wholeActivity(terms.activityId());
            places.lock(key, terms.capacity());
            promoteWaiting(key, terms.capacity());
        });
    }

    /** The caller says yes to a place offered to them from the queue. */
    @Transactional
    public void acceptOffer(long signupId) {
        long caller = CurrentPerson.required().accountId();
        Signup signup = signups.findById(signupId).filter(found -> found.accountId() == caller)
                .orElseThrow(() -> new RuleViolation("signup.rule.not-found"));
        if (signup.status() != SignupStatus.CONFIRMED) {
            throw new RuleViolation("signup.rule.offer-expired");
        }
        signup.acceptOffer();
    }

    /**
     * After repeated no-shows the person is asked whether they still want their place; it stays
     * theirs if they say yes in time, otherwise the offer job gives it to the next in the queue.
     * For the attendance module's no-show job (run as the system actor), not for people.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public boolean askIfStillComing(long signupId) {
        Signup signup = signups.findById(signupId).orElseThrow(() -> new RuleViolation("signup.rule.not-found"));
        Instant answerBy = clock.instant().plus(stillComingWithin);
        if (!signup.askIfStillComing(answerBy)) {
            return false;
        }
        events.publishEvent(new SignupEvents.StillComingAsked(signup.id(), signup.placeKey().activityId(), signup.accountId(), answerBy));
        return true;
    }

    /** Offers nobody said yes to in time go to the next in the queue. For the job, not for people. */
    void withdrawExpiredOffers() {
        for (Signup expired : signups.offersExpiredBy(clock.instant())) {
            retrying(() -> {
                Signup signup = signups.findById(expired.id()).orElseThrow();
                PlaceKey key = signup.placeKey();
                PlaceCount count = places.lock(key, capacityOf(key.activityId()));
                Signup locked = signups.findById(signup.id()).orElseThrow();
                if (locked.offeredUntil() == null || locked.offeredUntil().isAfter(clock.instant())) {
                    return false;
                }
                if (locked.cancel(clock.instant())) {
                    places.release(key, locked.places(), locked.referred());
                }
                events.publishEvent(new SignupEvents.OfferExpired(locked.id(), key.activityId(), locked.accountId()));
                promoteWaiting(key, count.capacity());
                return true;
            });
        }
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

    /** How many places are left, for anyone looking at the activity; no personal data. */
    @Transactional(readOnly = true)
    public Availability availability(long activityId, @Nullable Long occurrenceId) {
        PlaceKey key = new PlaceKey(activityId, occurrenceId == null ? PlaceKey.WHOLE_ACTIVITY : occurrenceId);
        Integer capacity = capacityOf(activityId);
        int taken = places.taken(key);
        return new Availability(capacity, taken, signups.waiting(key.activityId(), key.occurrenceId()).size());
    }

    /** The people signed up to an activity, by first name, for those who run it. */
    @Transactional(readOnly = true)
    public List<Participant> participants(long activityId) {
        requireManager(activityId);
        audit.read("signup.participants-read", "activity:" + activityId, null);
        List<Signup> active = signups.activeFor(activityId);
        Map<Long, String> names = accounts.firstNames(active.stream().map(Signup::accountId).toList());
        Map<PlaceKey, List<Long>> queues = active.stream().filter(signup -> signup.status() == SignupStatus.WAITLISTED)
                .collect(Collectors.groupingBy(Signup::placeKey, Collectors.mapping(Signup::id, Collectors.toList())));
        return active.stream().map(signup -> new Participant(signup.id(), names.getOrDefault(signup.accountId(), ""),
                signup.status(), signup.companions().size(),
                queues.getOrDefault(signup.placeKey(), List.of()).indexOf(signup.id()) + 1,
                signup.placeKey().occurrenceId() == PlaceKey.WHOLE_ACTIVITY ? null : signup.placeKey().occurrenceId(),
                signup.referred())).toList();
    }

    /**
     * Which of these people (accounts) and sign-ups (whose companions a roll call marks) hold a place
     * at one meeting, without names: for checking a roll call's marks, which name a few people of a
     * meeting that may have hundreds.
     */
    @Transactional(readOnly = true)
    public List<PlaceHolder> placeHoldersAmong(long activityId, long occurrenceId, Collection<Long> accountIds,
            Collection<Long> signupIds) {
        requireManager(activityId);
        if (accountIds.isEmpty() && signupIds.isEmpty()) {
            return List.of();
        }
        // an empty list cannot be bound to "in"; no sign-up or account has id 0
        return signups.placeHoldersAmong(activityId, occurrenceId, accountIds.isEmpty() ? List.of(0L) : accountIds,
                signupIds.isEmpty() ? List.of(0L) : signupIds).stream()
                .map(row -> new PlaceHolder(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).intValue()))
                .toList();
    }

    /** The people with a place at one meeting, for its roll call; only for those who run the activity. */
    @Transactional(readOnly = true)
    public List<ExpectedPerson> expectedAt(long activityId, long occurrenceId) {
        requireManager(activityId);
        List<Signup> coming = signups.activeFor(activityId).stream().filter(signup -> signup.hasPlaceAt(occurrenceId)).toList();
        Map<Long, String> names = accounts.firstNames(coming.stream().map(Signup::accountId).toList());
        Set<Long> away = absences.awayAt(occurrenceId);
        return coming.stream().map(signup -> new ExpectedPerson(signup.id(), signup.accountId(),
                names.getOrDefault(signup.accountId(), ""), signup.companions().stream().map(Companion::firstName).toList(),
                away.contains(signup.id())))
                .toList();
    }

    /**
     * An organiser's ready-made message about one meeting to everyone with a place at it, each in
     * their own language. Returns how many people it goes to.
     */
    @Transactional
    public int message(long activityId, long occurrenceId, ReadyMessage message, @Nullable String room) {
        requireManager(activityId);
        if (message.needsRoom() && (room == null || room.isBlank() || room.length() > 100)) {
            throw new RuleViolation("signup.rule.room-needed");
        }
        SignupTerms terms = activities.signupTerms(activityId).orElseThrow(() -> new RuleViolation("signup.rule.not-open"));
        OccurrenceView meeting = terms.comingMeetings().stream().filter(coming -> coming.id() == occurrenceId).findFirst()
                .orElseThrow(() -> new RuleViolation("signup.rule.choose-meeting"));
        List<Signup> coming = signups.activeFor(activityId).stream()
                .filter(signup -> signup.hasPlaceAt(occurrenceId))
                .toList();
        coming.forEach(signup -> notices.organiserMessage(signup, message, meeting.startsAt(), room == null ? "" : room.strip()));
        return coming.size();
    }

    private void requireManager(long activityId) {
        if (!activities.callerManages(activityId)) {
            throw new AccessDeniedException("Only the activity's organisers see and message its participants");
        }
    }

    private SignupOutcome takePlaceOrQueue(long activityId, @Nullable Long occurrenceId, List<Companion> companions,
            long accountId, @Nullable Referral referral) {
        if (companions.size() > Companion.MAX_PER_SIGNUP) {
            throw new RuleViolation("signup.rule.too-many-companions");
        }
        SignupTerms terms = activities.signupTerms(activityId).filter(SignupTerms::open)
                .orElseThrow(() -> new RuleViolation("signup.rule.not-open"));
        if (companions.stream().anyMatch(companion -> !terms.ages().admits(companion.age()))) {
            throw new RuleViolation("signup.rule.companion-age-limit");
        }
        PlaceKey key = placeKey(terms, occurrenceId);
        PlaceCount count = places.lock(key, terms.capacity());
        Instant now = clock.instant();
        Optional<Signup> existing = signups.findOne(key.activityId(), key.occurrenceId(), accountId);
        if (existing.isPresent() && existing.get().status().active()) {
            return outcome(existing.get(), terms);
        }
        Signup signup = existing.orElseGet(() -> new Signup(key, accountId, companions, now));
        existing.ifPresent(cancelled -> cancelled.restart(companions, now));
        if (referral != null) {
            signup.referredBy(referral.referredBy(), referral.establishmentPlan());
        }
        boolean queue = WaitingList.mustQueue(!signups.waiting(key.activityId(), key.occurrenceId()).isEmpty(),
                count.free(signup.referred()), signup.places());
        if (!queue && places.take(key, signup.places(), signup.referred())) {
            signup.confirm(now);
            Signup saved = signups.saveAndFlush(signup);
            events.publishEvent(new SignupEvents.PlaceConfirmed(saved.id(), activityId, accountId));
            return outcome(saved, terms);
        }
        signup.waitlist();
        Signup saved = signups.saveAndFlush(signup);
        // places a waiting family could not use may fit this person, or someone queued before them
        promoteWaiting(key, terms.capacity(), saved.id());
        if (saved.status() == SignupStatus.WAITLISTED) {
            events.publishEvent(new SignupEvents.Waitlisted(saved.id(), activityId, accountId));
        }
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

    private void promoteWaiting(PlaceKey key, @Nullable Integer capacity) {
        promoteWaiting(key, capacity, -1);
    }

    /** Gives freed places to the waiting in arrival order; called with the count locked. */
    private void promoteWaiting(PlaceKey key, @Nullable Integer capacity, long justArrived) {
        List<Signup> waiting = signups.waiting(key.activityId(), key.occurrenceId());
        List<Long> promote = WaitingList.toPromote(waiting.stream()
                .map(signup -> new WaitingList.Waiting(signup.id(), signup.places(), signup.referred())).toList(),
                places.lock(key, capacity));
        Instant now = clock.instant();
        for (Signup signup : waiting) {
            if (promote.contains(signup.id()) && places.take(key, signup.places(), signup.referred())) {
                signup.promoteFromWaitingList(now, signup.id() == justArrived || answerWithin.isZero() ? null : now.plus(answerWithin));
                events.publishEvent(signup.id() == justArrived
                        ? new SignupEvents.PlaceConfirmed(signup.id(), key.activityId(), signup.accountId())
                        : new SignupEvents.PromotedFromWaitingList(signup.id(), key.activityId(), signup.accountId()));
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
                signup.companions(), signup.offeredUntil(), signup.offerReason(), absences.awayOf(signup.id()));
    }

    private <T> T retrying(Supplier<T> work) {
        return transactions.run(work);
    }
}
