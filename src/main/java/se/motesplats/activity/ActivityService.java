package se.motesplats.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.Membership;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.OrganisationSummary;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.shared.TextLimits;

/**
 * Activities from draft to published and beyond. Members of the organiser write and submit; a
 * coordinator of the activity's municipality approves or returns; published activities of verified
 * organisations reach the newcomers' listing. Every method checks its caller here, whatever the view.
 */
@Service
public class ActivityService {

    /** Meetings are generated this far ahead; a later job extends the horizon as weeks pass. */
    static final int HORIZON_WEEKS = 26;

    private final ActivityRepository activities;
    private final OccurrenceRepository occurrences;
    private final ActivityListing listing;
    private final OrganisationService organisations;
    private final AreaService areas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityService(ActivityRepository activities, OccurrenceRepository occurrences, ActivityListing listing,
            OrganisationService organisations, AreaService areas, ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.occurrences = occurrences;
        this.listing = listing;
        this.organisations = organisations;
        this.areas = areas;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long createDraft(ActivityDraft draft) {
        SignedInPerson caller = CurrentPerson.required();
        requireMember(draft.organisationId(), caller);
        requireLengths(draft);
        Activity activity = activities.save(new Activity(draft, caller.accountId(), clock.instant()));
        regenerateOccurrences(activity);
        return activity.id();
    }

    @Transactional
    public void update(long activityId, ActivityDraft draft) {
        Activity activity = find(activityId);
        requireMember(activity.organisationId(), CurrentPerson.required());
        if (draft.organisationId() != activity.organisationId()) {
            throw new AccessDeniedException("An activity cannot move to another organisation");
        }
        requireLengths(draft);
        activity.apply(draft, clock.instant());
        regenerateOccurrences(activity);
        events.publishEvent(new ActivityEvents.ActivityChanged(activityId));
    }

    @Transactional
    public void submit(long activityId) {
        Activity activity = find(activityId);
        requireMember(activity.organisationId(), CurrentPerson.required());
        activity.submit();
    }

    @Transactional
    public void approve(long activityId) {
        Activity activity = find(activityId);
        requireCoordinatorOf(activity.municipalityCode(), CurrentPerson.required());
        activity.approve();
    }

    @Transactional
    public void returnToOrganiser(long activityId, String comment) {
        Activity activity = find(activityId);
        requireCoordinatorOf(activity.municipalityCode(), CurrentPerson.required());
        TextLimits.require(comment, TextLimits.COMMENT);
        activity.returnToOrganiser(comment);
    }

    private static void requireLengths(ActivityDraft draft) {
        draft.texts().values().forEach(text -> {
            TextLimits.require(text.title(), TextLimits.TITLE);
            TextLimits.require(text.description(), TextLimits.DESCRIPTION);
        });
        TextLimits.require(draft.venue().name(), TextLimits.TITLE);
        TextLimits.require(draft.venue().address(), TextLimits.ADDRESS);
        TextLimits.require(draft.plan().description(), TextLimits.DESCRIPTION);
        if (!draft.venue().pinPlausible()) {
            throw new RuleViolation("activity.rule.pin-outside-sweden");
        }
    }

    /** Only a verified organisation's approved activity reaches the newcomers. */
    @Transactional
    public void publish(long activityId) {
        Activity activity = find(activityId);
        requireMemberOrCoordinator(activity, CurrentPerson.required());
        if (!organisations.summary(activity.organisationId()).map(OrganisationSummary::verified).orElse(false)) {
            throw new RuleViolation("activity.error.not-verified");
        }
        activity.publish();
        events.publishEvent(new ActivityEvents.ActivityPublished(activityId));
    }

    @Transactional
    public void end(long activityId) {
        Activity activity = find(activityId);
        requireMemberOrCoordinator(activity, CurrentPerson.required());
        activity.end();
    }

    @Transactional
    public void cancel(long activityId) {
        Activity activity = find(activityId);
        requireMemberOrCoordinator(activity, CurrentPerson.required());
        activity.cancel();
        events.publishEvent(new ActivityEvents.ActivityCancelled(activityId));
    }

    @Transactional
    public void cancelOccurrence(long occurrenceId) {
        Occurrence occurrence = findOccurrence(occurrenceId);
        requireMemberOrCoordinator(find(occurrence.activityId()), CurrentPerson.required());
        occurrence.cancel();
        occurrences.flush();
        refreshNextMeeting(find(occurrence.activityId()));
        events.publishEvent(new ActivityEvents.OccurrenceCancelled(occurrence.activityId(), occurrenceId, occurrence.startsAt()));
    }

    @Transactional
    public void moveOccurrence(long occurrenceId, Instant newStart) {
        Occurrence occurrence = findOccurrence(occurrenceId);
        requireMemberOrCoordinator(find(occurrence.activityId()), CurrentPerson.required());
        Instant from = occurrence.startsAt();
        occurrence.moveTo(newStart);
        occurrences.flush();
        refreshNextMeeting(find(occurrence.activityId()));
        events.publishEvent(new ActivityEvents.OccurrenceMoved(occurrence.activityId(), occurrenceId, from, newStart));
    }

    /** The activities of the organisations the caller is a member of, newest first. */
    @Transactional(readOnly = true)
    public List<ActivitySummary> mine() {
        SignedInPerson caller = CurrentPerson.required();
        Map<Long, String> names = organisations.membershipsOf(caller.accountId()).stream()
                .collect(Collectors.toMap(Membership::organisationId, Membership::organisationName));
        return activities.findByOrganisationIdInOrderByIdDesc(names.keySet()).stream()
                .map(activity -> summary(activity, names.get(activity.organisationId())))
                .toList();
    }

    /** Submitted activities in the coordinator's municipalities, oldest first. */
    @Transactional(readOnly = true)
    public List<ActivitySummary> awaitingApproval() {
        SignedInPerson caller = CurrentPerson.required();
        List<Activity> submitted;
        if (caller.hasRole(Roles.ADMINISTRATOR)) {
            submitted = activities.findByStatusOrderByIdAsc(ActivityStatus.SUBMITTED);
        } else if (caller.hasRole(Roles.COORDINATOR)) {
            submitted = activities.findByStatusAndMunicipalityCodeInOrderByIdAsc(ActivityStatus.SUBMITTED,
                    areas.scopeOf(caller.accountId()));
        } else {
            throw new AccessDeniedException("Only coordinators approve activities");
        }
        return submitted.stream().map(activity -> summary(activity, organisationName(activity.organisationId()))).toList();
    }

    /** The draft of an activity the caller may edit. */
    @Transactional(readOnly = true)
    public ActivityDraft draftOf(long activityId) {
        Activity activity = find(activityId);
        requireMember(activity.organisationId(), CurrentPerson.required());
        return activity.draft();
    }

    /** Published activities for the newcomers' listing, next meeting first. */
    @Transactional(readOnly = true)
    public List<ActivityCard> findPublished(ActivityFilter filter, SupportedLanguage language, int offset, int limit) {
        return listing.find(filter, language, clock.instant(), offset, limit);
    }

    /**
     * An activity's detail page. Anyone sees a published activity; until then only the organiser's
     * members and coordinators see it.
     */
    @Transactional(readOnly = true)
    public Optional<ActivityDetail> detail(long activityId, SupportedLanguage language) {
        Optional<Activity> found = activities.findById(activityId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Activity activity = found.get();
        boolean manageable = mayManage(activity);
        if (activity.status() != ActivityStatus.PUBLISHED && !manageable) {
            return Optional.empty();
        }
        ActivityDraft draft = activity.draft();
        SupportedLanguage textLanguage = draft.texts().containsKey(language) ? language : draft.sourceLanguage();
        ActivityText text = draft.texts().get(textLanguage);
        List<OccurrenceView> coming = occurrences
                .findByActivityIdAndStartsAtGreaterThanEqualOrderByStartsAt(activityId, clock.instant().minus(Duration.ofHours(3)))
                .stream().map(Occurrence::view).toList();
        ActivityTextColumns shown = activity.textIn(textLanguage);
        boolean machineTranslated = shown != null && shown.state() == TranslationState.MACHINE_DRAFT;
        return Optional.of(new ActivityDetail(activity.id(), text.title(), text.description(), textLanguage, machineTranslated,
                draft.category(), activity.status(), activity.organisationId(), organisationName(activity.organisationId()), draft.venue(),
                areas.municipalityName(draft.venue().municipalityCode()), draft.targetGroup(), draft.swedishLevel(),
                draft.leaderLanguages(), draft.costSek(), draft.childcare(), draft.dropIn(), draft.capacity(), draft.ages(), coming,
                manageable));
    }

    /** Whether the caller runs this activity (a member of its organiser) or oversees it (coordinator, administrator). */
    @Transactional(readOnly = true)
    public boolean callerManages(long activityId) {
        return activities.ownerOf(activityId).map(this::mayManage).orElse(false);
    }

    /**
     * A meeting of a published activity, if the caller may manage the activity; read in one query
     * without the activity's texts, since a leader's phone asks for it with every sync.
     */
    @Transactional(readOnly = true)
    public Optional<ManagedMeeting> managedMeeting(long occurrenceId) {
        return activities.ownerOfMeeting(occurrenceId)
                .filter(owner -> owner.status() == ActivityStatus.PUBLISHED && mayManage(owner))
                .map(owner -> new ManagedMeeting(occurrenceId, owner.activityId(), owner.organisationId(),
                        java.util.Objects.requireNonNull(owner.startsAt())));
    }

    /** Title and place of any activity, whatever its status, for notices to the people signed up to it. */
    @Transactional(readOnly = true)
    public Optional<ActivityHeadline> headline(long activityId, SupportedLanguage language) {
        return activities.findById(activityId).map(activity -> {
            ActivityDraft draft = activity.draft();
            SupportedLanguage textLanguage = draft.texts().containsKey(language) ? language : draft.sourceLanguage();
            Venue venue = draft.venue();
            return new ActivityHeadline(activityId, activity.organisationId(), draft.texts().get(textLanguage).title(), textLanguage,
                    venue.name() + ", " + venue.address() + ", " + areas.municipalityName(venue.municipalityCode()));
        });
    }

    /** Meetings of published activities that start after {@code after} and no later than {@code until}, for reminders. */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsStartingBetween(Instant after, Instant until) {
        return occurrences.publishedStartingBetween(after, until).stream()
                .map(occurrence -> new Meeting(occurrence.activityId(), occurrence.view())).toList();
    }

    /** The association that runs an activity. */
    @Transactional(readOnly = true)
    public Optional<Long> organisationOf(long activityId) {
        return activities.findById(activityId).map(Activity::organisationId);
    }

    /** A meeting of a published activity, for check-in; no caller check, it says nothing personal. */
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(long occurrenceId) {
        return occurrences.findById(occurrenceId)
                .filter(occurrence -> activities.findById(occurrence.activityId())
                        .filter(activity -> activity.status() == ActivityStatus.PUBLISHED).isPresent())
                .map(occurrence -> new Meeting(occurrence.activityId(), occurrence.view()));
    }

    /** Meetings starting in [from, until) of the published activities of the associations the caller is a member of. */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsILeadBetween(Instant from, Instant until) {
        SignedInPerson caller = CurrentPerson.required();
        List<Long> mine = organisations.membershipsOf(caller.accountId()).stream().map(Membership::organisationId).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return occurrences.publishedOfOrganisationsStartingBetween(mine, from, until).stream()
                .map(occurrence -> new Meeting(occurrence.activityId(), occurrence.view())).toList();
    }

    /**
     * Meetings of published activities that the caller oversees (a coordinator's areas, everything for an
     * administrator), after {@code after} and no later than {@code until}; the areas filter in the query.
     */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsOverseenBetween(Instant after, Instant until) {
        SignedInPerson caller = CurrentPerson.required();
        List<Occurrence> found;
        if (caller.hasRole(Roles.ADMINISTRATOR)) {
            found = occurrences.publishedStartingBetween(after, until);
        } else {
            Set<String> scope = caller.hasRole(Roles.COORDINATOR) ? areas.scopeOf(caller.accountId()) : Set.of();
            found = scope.isEmpty() ? List.of() : occurrences.publishedInMunicipalitiesStartingBetween(scope, after, until);
        }
        return found.stream().map(occurrence -> new Meeting(occurrence.activityId(), occurrence.view())).toList();
    }

    /** The terms under which people sign up to an activity; for the sign-up module, no caller check needed. */
    @Transactional(readOnly = true)
    public Optional<SignupTerms> signupTerms(long activityId) {
        return activities.findById(activityId).map(activity -> {
            ActivityDraft draft = activity.draft();
            List<OccurrenceView> coming = occurrences
                    .findByActivityIdAndStartsAtGreaterThanEqualOrderByStartsAt(activityId, clock.instant())
                    .stream().map(Occurrence::view).toList();
            return new SignupTerms(activityId, activity.organisationId(), activity.status() == ActivityStatus.PUBLISHED,
                    draft.dropIn(), draft.capacity(), draft.ages(), coming);
        });
    }

    /**
     * Generates the meetings that have come within the horizon as weeks pass; for the daily job,
     * not for people, so it checks no caller. Idempotent: a meeting already there is not added again.
     */
    @Transactional
    void extendMeetings(long activityId) {
        activities.findById(activityId).ifPresent(this::regenerateOccurrences);
    }

    /** Members of the organiser and coordinators of the municipality manage an activity and its meetings. */
    /**
     * An organisation's activities run under a funding scheme, with their meetings that started
     * before {@code until} and were not cancelled. For the funding module, which checks who may see
     * them; no caller check here.
     */
    @Transactional(readOnly = true)
    public List<FundedActivity> fundedActivitiesOf(long organisationId, Instant until, SupportedLanguage language) {
        return activities.findByOrganisationIdAndFundingSchemeNotNullOrderByIdAsc(organisationId).stream()
                .map(activity -> funded(activity, until, language)).toList();
    }

    /** The code of the funding scheme the activity runs under, if any. */
    @Transactional(readOnly = true)
    public Optional<String> fundingSchemeOf(long activityId) {
        return activities.findById(activityId).map(activity -> activity.draft().plan().fundingScheme());
    }

    /** One activity as {@link #fundedActivitiesOf} gives it, if it runs under a funding scheme. */
    @Transactional(readOnly = true)
    public Optional<FundedActivity> fundedActivity(long activityId, Instant until, SupportedLanguage language) {
        return activities.findById(activityId).filter(activity -> activity.draft().plan().fundingScheme() != null)
                .map(activity -> funded(activity, until, language));
    }

    private FundedActivity funded(Activity activity, Instant until, SupportedLanguage language) {
        ActivityDraft draft = activity.draft();
        SupportedLanguage textLanguage = draft.texts().containsKey(language) ? language : draft.sourceLanguage();
        List<OccurrenceView> held = occurrences.findByActivityIdOrderByStartsAt(activity.id()).stream()
                .filter(occurrence -> !occurrence.view().cancelled() && occurrence.view().startsAt().isBefore(until))
                .map(Occurrence::view).toList();
        boolean planApproved = switch (activity.status()) {
            case APPROVED, PUBLISHED, ENDED -> true;
            case DRAFT, SUBMITTED, RETURNED, CANCELLED -> false;
        };
        return new FundedActivity(activity.id(), draft.texts().get(textLanguage).title(), activity.organisationId(),
                draft.venue().municipalityCode(), java.util.Objects.requireNonNull(draft.plan().fundingScheme()), planApproved, held);
    }

    /** The published activities of one organisation, for its calendar feed. */
    @Transactional(readOnly = true)
    public List<ActivityDetail> publishedOf(long organisationId, SupportedLanguage language) {
        return activities.findByOrganisationIdAndStatusOrderByIdAsc(organisationId, ActivityStatus.PUBLISHED).stream()
                .map(activity -> detail(activity.id(), language))
                .flatMap(Optional::stream)
                .toList();
    }

    private boolean mayManage(Activity activity) {
        return mayManage(activity.organisationId(), activity.municipalityCode());
    }

    private boolean mayManage(ActivityOwner owner) {
        return mayManage(owner.organisationId(), owner.municipalityCode());
    }

    private boolean mayManage(long organisationId, String municipalityCode) {
        return CurrentPerson.get().map(caller -> caller.hasRole(Roles.ADMINISTRATOR)
                || organisations.isMember(organisationId, caller.accountId())
                || caller.hasRole(Roles.COORDINATOR) && areas.scopeOf(caller.accountId()).contains(municipalityCode))
                .orElse(false);
    }

    /**
     * Brings the generated meetings in line with the schedule: future meetings the schedule no
     * longer has go, new ones come; meetings moved or cancelled by hand and past ones stay.
     */
    private void regenerateOccurrences(Activity activity) {
        Schedule schedule = activity.schedule();
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        List<Instant> planned = Recurrence.starts(schedule, Zones.STOCKHOLM, schedule.firstDate(),
                today.plusWeeks(HORIZON_WEEKS));
        Instant now = clock.instant();
        Map<Instant, Occurrence> existing = new HashMap<>();
        occurrences.findByActivityIdOrderByStartsAt(activity.id()).forEach(o -> existing.put(o.plannedStart(), o));
        Set<Instant> wanted = Set.copyOf(planned);
        List<Occurrence> obsolete = new ArrayList<>();
        existing.forEach((start, occurrence) -> {
            if (!wanted.contains(start) && !occurrence.changedByHand() && start.isAfter(now)) {
                obsolete.add(occurrence);
            }
        });
        occurrences.deleteAll(obsolete);
        Duration length = Duration.ofMinutes(schedule.durationMinutes());
        planned.stream().filter(start -> !existing.containsKey(start))
                .forEach(start -> occurrences.save(new Occurrence(activity.id(), start, length)));
        occurrences.flush();
        refreshNextMeeting(activity);
    }

    private void refreshNextMeeting(Activity activity) {
        activity.nextMeetingIs(occurrences
                .findFirstByActivityIdAndCancelledFalseAndStartsAtGreaterThanEqualOrderByStartsAt(activity.id(), clock.instant())
                .map(Occurrence::startsAt).orElse(null));
    }

    private ActivitySummary summary(Activity activity, String organisationName) {
        ActivityDraft draft = activity.draft();
        // the next meeting kept on the row (see NextMeetings): no query per activity in the lists
        return new ActivitySummary(activity.id(), draft.texts().get(draft.sourceLanguage()).title(), activity.organisationId(),
                organisationName, activity.status(), activity.municipalityCode(), activity.returnComment(),
                activity.nextMeetingAt());
    }

    private String organisationName(long organisationId) {
        return organisations.summary(organisationId).map(OrganisationSummary::name).orElse("");
    }

    private Activity find(long activityId) {
        return activities.findById(activityId).orElseThrow(() -> new RuleViolation("activity.error.not-found"));
    }

    private Occurrence findOccurrence(long occurrenceId) {
        return occurrences.findById(occurrenceId).orElseThrow(() -> new RuleViolation("activity.error.not-found"));
    }

    private void requireMember(long organisationId, SignedInPerson caller) {
        if (!caller.hasRole(Roles.ADMINISTRATOR) && !organisations.isMember(organisationId, caller.accountId())) {
            throw new AccessDeniedException("Not a member of organisation " + organisationId);
        }
    }

    private void requireCoordinatorOf(String municipalityCode, SignedInPerson caller) {
        boolean coordinator = caller.hasRole(Roles.COORDINATOR) && areas.scopeOf(caller.accountId()).contains(municipalityCode);
        if (!caller.hasRole(Roles.ADMINISTRATOR) && !coordinator) {
            throw new AccessDeniedException("Not a coordinator of municipality " + municipalityCode);
        }
    }

    private void requireMemberOrCoordinator(Activity activity, SignedInPerson caller) {
        try {
            requireMember(activity.organisationId(), caller);
        } catch (AccessDeniedException notMember) {
            requireCoordinatorOf(activity.municipalityCode(), caller);
        }
    }
}
