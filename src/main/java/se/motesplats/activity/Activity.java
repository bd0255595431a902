package se.motesplats.activity;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.RuleViolation;

/**
 * An activity an organisation offers. Its status changes only through the workflow methods, each
 * of which refuses a transition that is not allowed from the current status; who may call them is
 * decided by {@link ActivityService}.
 */
@Entity
@Table(name = "activity")
class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status = ActivityStatus.DRAFT;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_text", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "language")
    private Map<String, ActivityTextColumns> texts = new HashMap<>();

    @Enumerated(EnumType.STRING) @Column(nullable = false) private ActivityCategory category = ActivityCategory.OTHER;
    @Enumerated(EnumType.STRING) @Column(name = "target_group", nullable = false) private TargetGroup targetGroup = TargetGroup.EVERYONE;
    @Enumerated(EnumType.STRING) @Column(name = "swedish_level", nullable = false) private SwedishLevel swedishLevel = SwedishLevel.NONE;
    @Column(name = "leader_languages", nullable = false) private String leaderLanguages = "";
    @Column(name = "municipality_code", nullable = false) private String municipalityCode = "";
    @Column(name = "venue_name", nullable = false) private String venueName = "";
    @Column(nullable = false) private String address = "";
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    @Column(name = "step_free", nullable = false) private boolean stepFree;
    @Column(name = "hearing_loop", nullable = false) private boolean hearingLoop;
    @Column(name = "cost_sek", nullable = false) private int costSek;
    @Column(nullable = false) private boolean childcare;
    @Column(name = "drop_in", nullable = false) private boolean dropIn = true;
    private @Nullable Integer capacity;
    @Column(name = "min_age") private @Nullable Integer minAge;
    @Column(name = "max_age") private @Nullable Integer maxAge;
    @Column(name = "plan_language", nullable = false) private boolean planLanguage;
    @Column(name = "plan_health", nullable = false) private boolean planHealth;
    @Column(name = "plan_network", nullable = false) private boolean planNetwork;
    @Column(name = "plan_description", nullable = false) private String planDescription = "";
    @Column(name = "planned_meetings", nullable = false) private int plannedMeetings;
    @Column(name = "funding_scheme") private @Nullable String fundingScheme;
    @Column(name = "schedule_first_date", nullable = false) private LocalDate firstDate = LocalDate.EPOCH;
    @Column(name = "schedule_start_time", nullable = false) private LocalTime startTime = LocalTime.MIDNIGHT;
    @Column(name = "schedule_duration_minutes", nullable = false) private int durationMinutes = 60;
    @Enumerated(EnumType.STRING) @Column(name = "schedule_frequency", nullable = false) private Frequency frequency = Frequency.ONCE;
    @Column(name = "schedule_weekdays", nullable = false) private String weekdays = "";
    @Column(name = "schedule_until_date") private @Nullable LocalDate untilDate;
    @Column(name = "schedule_exceptions", nullable = false) private String exceptions = "";
    @Column(name = "return_comment") private @Nullable String returnComment;
    @Column(name = "next_meeting_at") private @Nullable Instant nextMeetingAt;
    @Column(name = "created_by", nullable = false) private long createdBy;
    @Column(name = "created_at", nullable = false) private Instant createdAt = Instant.EPOCH;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected Activity() {
    }

    Activity(ActivityDraft draft, long createdBy, Instant now) {
        this.organisationId = draft.organisationId();
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(draft, now);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Activity not saved yet");
        }
        return id;
    }

    long organisationId() {
        return organisationId;
    }

    ActivityStatus status() {
        return status;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    @Nullable String returnComment() {
        return returnComment;
    }

    /** The start of the next meeting that is not cancelled, kept here so the listing can use an index. */
    void nextMeetingIs(@Nullable Instant start) {
        this.nextMeetingAt = start;
    }

    @Nullable Instant nextMeetingAt() {
        return nextMeetingAt;
    }

    /**
     * Takes the organiser's edits. A changed source text marks the other languages outdated; a
     * published activity stays published (small corrections must not take it off the listing).
     */
    void apply(ActivityDraft draft, Instant now) {
        if (status == ActivityStatus.ENDED || status == ActivityStatus.CANCELLED) {
            throw new RuleViolation("activity.error.closed");
        }
        updateTexts(draft.sourceLanguage(), draft.texts());
        category = draft.category();
        targetGroup = draft.targetGroup();
        swedishLevel = draft.swedishLevel();
        leaderLanguages = draft.leaderLanguages().stream().map(SupportedLanguage::tag).sorted().collect(Collectors.joining(","));
        Venue venue = draft.venue();
        municipalityCode = venue.municipalityCode();
        venueName = venue.name().strip();
        address = venue.address().strip();
        latitude = venue.latitude();
        longitude = venue.longitude();
        stepFree = venue.stepFree();
        hearingLoop = venue.hearingLoop();
        costSek = draft.costSek();
        childcare = draft.childcare();
        dropIn = draft.dropIn();
        capacity = draft.capacity();
        minAge = draft.ages().min();
        maxAge = draft.ages().max();
        ActivityPlan plan = draft.plan();
        planLanguage = plan.language();
        planHealth = plan.health();
        planNetwork = plan.network();
        planDescription = plan.description().strip();
        plannedMeetings = plan.plannedMeetings();
        fundingScheme = plan.fundingScheme();
        Schedule schedule = draft.schedule();
        firstDate = schedule.firstDate();
        startTime = schedule.startTime();
        durationMinutes = schedule.durationMinutes();
        frequency = schedule.frequency();
        weekdays = schedule.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        untilDate = schedule.untilDate();
        exceptions = schedule.exceptions().stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
        updatedAt = now;
    }

    private void updateTexts(SupportedLanguage source, Map<SupportedLanguage, ActivityText> incoming) {
        ActivityTextColumns previousSource = texts.entrySet().stream()
                .filter(entry -> entry.getValue().state() == TranslationState.SOURCE)
                .map(Map.Entry::getValue).findFirst().orElse(null);
        boolean sourceChanged = previousSource == null || !previousSource.sameText(incoming.get(source));
        Map<String, ActivityTextColumns> updated = new HashMap<>();
        incoming.forEach((language, text) -> {
            if (text.title().isBlank()) {
                return;
            }
            ActivityTextColumns before = texts.get(language.tag());
            TranslationState state;
            if (language == source) {
                state = TranslationState.SOURCE;
            } else if (before != null && before.sameText(text)) {
                // a machine draft stays one: it is marked as such to newcomers until a person approves it
                state = sourceChanged && before.state() != TranslationState.MACHINE_DRAFT ? TranslationState.OUTDATED : before.state();
            } else {
                state = TranslationState.TRANSLATED;
            }
            updated.put(language.tag(), new ActivityTextColumns(text.title(), text.description(), state));
        });
        texts.clear();
        texts.putAll(updated);
    }

    SupportedLanguage sourceLanguage() {
        return texts.entrySet().stream().filter(entry -> entry.getValue().state() == TranslationState.SOURCE)
                .map(entry -> SupportedLanguage.byTag(entry.getKey()).orElseThrow())
                .findFirst().orElse(SupportedLanguage.SOURCE);
    }

    /** The text in one language and where it comes from; none when the activity has no text in it. */
    @Nullable ActivityTextColumns textIn(SupportedLanguage language) {
        return texts.get(language.tag());
    }

    /**
     * Stores a translation from the translation queue: {@code TRANSLATED} when a person wrote or
     * approved it, {@code MACHINE_DRAFT} when it came from machine translation. The source text is
     * changed only through the editor ({@link #apply}).
     */
    void translate(SupportedLanguage language, ActivityText text, TranslationState state, Instant now) {
        if (status == ActivityStatus.ENDED || status == ActivityStatus.CANCELLED) {
            throw new RuleViolation("activity.error.closed");
        }
        if (state != TranslationState.TRANSLATED && state != TranslationState.MACHINE_DRAFT) {
            throw new IllegalArgumentException("A translation is stored as translated or as a machine draft, not " + state);
        }
        if (language == sourceLanguage()) {
            throw new RuleViolation("activity.translation.error.source-language");
        }
        if (text.title().isBlank()) {
            throw new RuleViolation("activity.translation.error.title-missing");
        }
        texts.put(language.tag(), new ActivityTextColumns(text.title(), text.description(), state));
        updatedAt = now;
    }

    void submit() {
        require(Set.of(ActivityStatus.DRAFT, ActivityStatus.RETURNED), "submit");
        if (!(planLanguage || planHealth || planNetwork)) {
            throw new RuleViolation("activity.error.plan-missing");
        }
        status = ActivityStatus.SUBMITTED;
        returnComment = null;
    }

    void approve() {
        require(Set.of(ActivityStatus.SUBMITTED), "approve");
        status = ActivityStatus.APPROVED;
    }

    void returnToOrganiser(String comment) {
        require(Set.of(ActivityStatus.SUBMITTED), "return");
        if (comment.isBlank()) {
            throw new RuleViolation("activity.error.comment-missing");
        }
        status = ActivityStatus.RETURNED;
        returnComment = comment.strip();
    }

    void publish() {
        require(Set.of(ActivityStatus.APPROVED), "publish");
        status = ActivityStatus.PUBLISHED;
    }

    void end() {
        require(Set.of(ActivityStatus.PUBLISHED), "end");
        status = ActivityStatus.ENDED;
    }

    void cancel() {
        require(Set.of(ActivityStatus.DRAFT, ActivityStatus.SUBMITTED, ActivityStatus.RETURNED, ActivityStatus.APPROVED,
                ActivityStatus.PUBLISHED), "cancel");
        status = ActivityStatus.CANCELLED;
    }

    private void require(Set<ActivityStatus> allowed, String transition) {
        if (!allowed.contains(status)) {
            throw new RuleViolation("activity.error.transition");
        }
    }

    Schedule schedule() {
        return new Schedule(firstDate, startTime, durationMinutes, frequency,
                split(weekdays).stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                untilDate, split(exceptions).stream().map(LocalDate::parse).collect(Collectors.toSet()));
    }

    ActivityDraft draft() {
        Map<SupportedLanguage, ActivityText> byLanguage = new EnumMap<>(SupportedLanguage.class);
        SupportedLanguage source = SupportedLanguage.SOURCE;
        for (var entry : texts.entrySet()) {
            SupportedLanguage language = SupportedLanguage.byTag(entry.getKey()).orElseThrow();
            byLanguage.put(language, entry.getValue().text());
            if (entry.getValue().state() == TranslationState.SOURCE) {
                source = language;
            }
        }
        return new ActivityDraft(organisationId, source, byLanguage, category, targetGroup, swedishLevel, leaderLanguageSet(),
                new Venue(municipalityCode, venueName, address, latitude, longitude, stepFree, hearingLoop),
                costSek, childcare, dropIn, capacity, new AgeRange(minAge, maxAge),
                new ActivityPlan(planLanguage, planHealth, planNetwork, planDescription, plannedMeetings, fundingScheme),
                schedule());
    }

    Set<SupportedLanguage> leaderLanguageSet() {
        return split(leaderLanguages).stream().map(SupportedLanguage::byTag).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
    }

    Map<String, TranslationState> translationStates() {
        return texts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().state()));
    }

    private static Set<String> split(String joined) {
        return joined.isBlank() ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
    }
}
