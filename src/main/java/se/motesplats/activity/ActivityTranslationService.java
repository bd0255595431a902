package se.motesplats.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.MachineTranslationUnavailable;
import se.motesplats.i18n.MachineTranslator;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationSheet;
import se.motesplats.organisation.Membership;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.OrganisationSummary;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.TextLimits;

/**
 * The translation queue of activity texts: for submitted, approved and published activities, which
 * languages still lack a text, have one a person translated before the source changed, or have a
 * machine draft nobody has approved. Coordinators see the activities of their municipalities,
 * administrators all, members of an association their association's; every method checks that here.
 *
 * <p>A text is translated side by side ({@link #text}, {@link #saveTranslation}) or through a sheet
 * in the format of the translators' workbench ({@link #export}, {@link #importSheet}); either way it
 * becomes {@code TRANSLATED}, a person's translation. Machine drafts ({@link #machineDraft}) exist only
 * when machine translation is configured, fill only missing texts or replace machine drafts, and
 * stay {@code MACHINE_DRAFT} (shown to newcomers as machine translated) until a person saves them.
 *
 * <p>Every write carries the version of the texts the person worked from: a source changed in the
 * meantime, or a translation another person saved in the meantime, is refused rather than
 * overwritten; a machine draft may always be replaced by a person's text.
 */
@Service
public class ActivityTranslationService {

    private static final Logger log = LoggerFactory.getLogger(ActivityTranslationService.class);

    /** Activities on their way to newcomers or in front of them: their texts are worth translating. */
    static final Set<ActivityStatus> QUEUED = EnumSet.of(ActivityStatus.SUBMITTED, ActivityStatus.APPROVED, ActivityStatus.PUBLISHED);
    /** The columns of the sheet between {@code key} and {@code translation}. */
    static final String LANGUAGE = "language";
    static final String VERSION = "version";
    static final List<String> SHEET_COLUMNS = List.of(LANGUAGE, "source", "english", "current", "state", VERSION);
    /** A pasted sheet larger than this is refused before it is read (about a thousand long descriptions). */
    static final int MOST_IMPORTED_CHARACTERS = 2_000_000;
    private static final Pattern KEY = Pattern.compile("activity\\.(\\d{1,18})\\.(title|description)");
    private static final String TITLE = "title";
    private static final String DESCRIPTION = "description";
    /** Hex digits of each fingerprint in a version: enough to notice a change, short enough for a cell. */
    private static final int FINGERPRINT_LENGTH = 8;

    private final ActivityRepository activities;
    private final OrganisationService organisations;
    private final AreaService areas;
    private final Optional<MachineTranslator> machine;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ActivityTranslationService(ActivityRepository activities, OrganisationService organisations, AreaService areas,
            Optional<MachineTranslator> machine, PlatformTransactionManager transactionManager, Clock clock) {
        this.activities = activities;
        this.organisations = organisations;
        this.areas = areas;
        this.machine = machine;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * The caller's queue: activities in their scope with at least one text to do, in {@code target} or,
     * when null, in any language; published activities first, the soonest meeting first.
     */
    @Transactional(readOnly = true)
    public List<TranslationQueueEntry> queue(@Nullable SupportedLanguage target) {
        Map<Long, String> organisationNames = new HashMap<>();
        List<TranslationQueueEntry> queue = new ArrayList<>();
        for (Activity activity : inScope(CurrentPerson.required())) {
            Map<SupportedLanguage, TranslationNeed> needs = needs(activity);
            if (target != null) {
                needs.keySet().retainAll(Set.of(target));
            }
            if (needs.isEmpty()) {
                continue;
            }
            SupportedLanguage source = activity.sourceLanguage();
            queue.add(new TranslationQueueEntry(activity.id(), sourceText(activity).title(), source, activity.status(),
                    organisationNames.computeIfAbsent(activity.organisationId(), this::organisationName),
                    areas.municipalityName(activity.municipalityCode()), needs));
        }
        return queue;
    }

    /** Whether machine drafts can be asked for at all (a service is configured). */
    public boolean machineTranslationConfigured() {
        return machine.isPresent();
    }

    /** One text side by side with its source, for an activity in the caller's scope. */
    @Transactional(readOnly = true)
    public TextToTranslate text(long activityId, SupportedLanguage target) {
        Activity activity = translatable(activityId, CurrentPerson.required());
        requireTarget(activity, target);
        return textToTranslate(activity, target);
    }

    /**
     * Saves a person's translation, or their approval of a machine draft or of an outdated text
     * (saving it as it is): the text becomes {@code TRANSLATED}. Refused when the source or another
     * person's translation changed since {@code version} was read.
     */
    @Transactional
    public void saveTranslation(long activityId, SupportedLanguage target, ActivityText text, String version) {
        Activity activity = translatable(activityId, CurrentPerson.required());
        requireTarget(activity, target);
        requireComplete(activity, text);
        TextLimits.require(text.title(), TextLimits.TITLE);
        TextLimits.require(text.description(), TextLimits.DESCRIPTION);
        @Nullable ActivityTextColumns current = activity.textIn(target);
        if (alreadySaved(current, text)) {
            return;
        }
        @Nullable Stale stale = stale(activity, target, version);
        if (stale != null) {
            throw new RuleViolation(stale.errorKey());
        }
        activity.translate(target, text, TranslationState.TRANSLATED, clock.instant());
    }

    /**
     * Asks the machine translation service for a draft of a missing text (or a new draft in place of
     * a machine draft) and stores it as {@code MACHINE_DRAFT}. No transaction is open while the
     * service is asked. When it is not available, a rule violation says so and nothing is stored.
     */
    public TextToTranslate machineDraft(long activityId, SupportedLanguage target, String version) {
        SignedInPerson caller = CurrentPerson.required();
        MachineTranslator translator = machine.orElseThrow(() -> new RuleViolation("activity.translation.error.machine-unavailable"));
        record Asked(SupportedLanguage source, ActivityText text, String version) {
        }
        Asked asked = Objects.requireNonNull(transactions.execute(status -> {
            Activity activity = translatable(activityId, caller);
            requireTarget(activity, target);
            @Nullable Stale stale = stale(activity, target, version);
            if (stale != null) {
                throw new RuleViolation(stale.errorKey());
            }
            @Nullable ActivityTextColumns current = activity.textIn(target);
            if (current != null && current.state() != TranslationState.MACHINE_DRAFT) {
                throw new RuleViolation("activity.translation.error.machine-replaces-person");
            }
            if (!translator.supports(activity.sourceLanguage(), target)) {
                throw new RuleViolation("activity.translation.error.machine-unavailable");
            }
            return new Asked(activity.sourceLanguage(), sourceText(activity), version(activity, target));
        }));
        ActivityText draft;
        try {
            draft = new ActivityText(translator.translate(asked.text().title(), asked.source(), target),
                    translator.translate(asked.text().description(), asked.source(), target));
        } catch (MachineTranslationUnavailable unavailable) {
            log.info("No machine draft of activity {} in {}: {}", activityId, target.tag(), unavailable.getMessage());
            throw new RuleViolation("activity.translation.error.machine-unavailable");
        }
        TextLimits.require(draft.title(), TextLimits.TITLE);
        TextLimits.require(draft.description(), TextLimits.DESCRIPTION);
        return Objects.requireNonNull(transactions.execute(status -> {
            Activity activity = translatable(activityId, caller);
            if (!version(activity, target).equals(asked.version())) {
                throw new RuleViolation("activity.translation.error.changed");
            }
            activity.translate(target, draft, TranslationState.MACHINE_DRAFT, clock.instant());
            activities.flush();
            return textToTranslate(activity, target);
        }));
    }

    /**
     * The queue's texts in one language as a sheet (CSV, the workbench's format): per activity a
     * title row and, when the source has one, a description row, with the source, the English text
     * when a person wrote or approved one, the text as it is now, its state ({@code stateLabel} in
     * the reader's language) and the version the import checks; the translation cells are empty.
     */
    @Transactional(readOnly = true)
    public byte[] export(SupportedLanguage target, Function<TranslationNeed, String> stateLabel) {
        List<TranslationSheet.Row> rows = new ArrayList<>();
        for (Activity activity : inScope(CurrentPerson.required())) {
            TranslationNeed need = needs(activity).get(target);
            if (need == null) {
                continue;
            }
            ActivityText source = sourceText(activity);
            @Nullable ActivityTextColumns current = activity.textIn(target);
            ActivityText now = current == null ? new ActivityText("", "") : current.text();
            @Nullable ActivityText english = englishBeside(activity, target);
            String version = version(activity, target);
            rows.add(new TranslationSheet.Row(key(activity, TITLE), List.of(target.tag(), source.title(),
                    english == null ? "" : english.title(), now.title(), stateLabel.apply(need), version), ""));
            if (!source.description().isBlank()) {
                rows.add(new TranslationSheet.Row(key(activity, DESCRIPTION), List.of(target.tag(), source.description(),
                        english == null ? "" : english.description(), now.description(), stateLabel.apply(need), version), ""));
            }
        }
        return TranslationSheet.bytes(SHEET_COLUMNS, rows);
    }

    /**
     * Imports a filled-in sheet (as exported, or its cells copied out of a spreadsheet program). A
     * title and its description are one text and are saved together or not at all; each text is
     * saved as {@code TRANSLATED} unless one of its rows is refused, and the refused rows are reported
     * with the reason. A text that is already saved exactly as in the sheet counts as unchanged, so
     * pasting the same sheet again after fixing a refused row is harmless. A sheet that is not a
     * sheet (no {@code key}, {@code language}, {@code version} or {@code translation} column, broken
     * CSV) is refused as a whole.
     */
    @Transactional
    public TranslationImport importSheet(String content) {
        SignedInPerson caller = CurrentPerson.required();
        if (content.length() > MOST_IMPORTED_CHARACTERS) {
            throw new RuleViolation("shared.rule.too-long");
        }
        List<TranslationSheet.Filled> filled;
        try {
            filled = TranslationSheet.read(content, List.of(LANGUAGE, VERSION));
        } catch (TranslationSheet.NotASheet notASheet) {
            throw new RuleViolation("activity.translation.import.not-a-sheet");
        }
        List<TranslationImport.Refusal> refused = new ArrayList<>();
        Map<String, List<Part>> texts = new LinkedHashMap<>();
        for (TranslationSheet.Filled row : filled) {
            Matcher key = KEY.matcher(row.key());
            Optional<SupportedLanguage> language = SupportedLanguage.byTag(row.cells().getOrDefault(LANGUAGE, "").strip());
            if (!key.matches()) {
                refused.add(new TranslationImport.Refusal(row.row(), row.key(), "activity.translation.import.unknown"));
            } else if (language.isEmpty()) {
                refused.add(new TranslationImport.Refusal(row.row(), row.key(), "activity.translation.import.language"));
            } else {
                long activityId = Long.parseLong(key.group(1));
                texts.computeIfAbsent(activityId + "/" + language.get().tag(), text -> new ArrayList<>())
                        .add(new Part(row, activityId, language.get(), key.group(2)));
            }
        }
        int saved = 0;
        int unchanged = 0;
        for (List<Part> parts : texts.values()) {
            Outcome outcome = importText(parts, caller);
            refused.addAll(outcome.refused());
            saved += outcome.saved() ? 1 : 0;
            unchanged += outcome.unchanged() ? 1 : 0;
        }
        refused.sort(Comparator.comparingInt(TranslationImport.Refusal::row));
        return new TranslationImport(saved, unchanged, refused);
    }

    /** One row of an imported sheet: which activity, language and half of the text it holds. */
    private record Part(TranslationSheet.Filled row, long activityId, SupportedLanguage language, String field) {
    }

    private record Outcome(boolean saved, boolean unchanged, List<TranslationImport.Refusal> refused) {

        static Outcome refusedAll(List<Part> parts, String reasonKey) {
            return new Outcome(false, false, parts.stream()
                    .map(part -> new TranslationImport.Refusal(part.row().row(), part.row().key(), reasonKey)).toList());
        }
    }

    private Outcome importText(List<Part> parts, SignedInPerson caller) {
        Part first = parts.getFirst();
        Optional<Activity> found = activities.findById(first.activityId())
                .filter(activity -> QUEUED.contains(activity.status()) && mayTranslate(activity, caller));
        if (found.isEmpty()) {
            return Outcome.refusedAll(parts, "activity.translation.import.unknown");
        }
        Activity activity = found.get();
        if (first.language() == activity.sourceLanguage()) {
            return Outcome.refusedAll(parts, "activity.translation.import.language");
        }
        if (parts.stream().map(Part::field).distinct().count() < parts.size()) {
            return Outcome.refusedAll(parts, "activity.translation.import.duplicate");
        }
        Map<String, Part> byField = new HashMap<>();
        parts.forEach(part -> byField.put(part.field(), part));
        Part title = byField.get(TITLE);
        Part description = byField.get(DESCRIPTION);
        boolean describe = !sourceText(activity).description().isBlank();
        if (title == null || describe && description == null) {
            return Outcome.refusedAll(parts, "activity.translation.import.both");
        }
        List<TranslationImport.Refusal> tooLong = new ArrayList<>();
        if (tooLong(title.row().translation(), TextLimits.TITLE)) {
            tooLong.add(new TranslationImport.Refusal(title.row().row(), title.row().key(), "shared.rule.too-long"));
        }
        if (description != null && tooLong(description.row().translation(), TextLimits.DESCRIPTION)) {
            tooLong.add(new TranslationImport.Refusal(description.row().row(), description.row().key(), "shared.rule.too-long"));
        }
        if (!tooLong.isEmpty()) {
            parts.stream().filter(part -> tooLong.stream().noneMatch(refusal -> refusal.row() == part.row().row()))
                    .forEach(part -> tooLong.add(new TranslationImport.Refusal(part.row().row(), part.row().key(),
                            "activity.translation.import.other-half")));
            return new Outcome(false, false, tooLong);
        }
        ActivityText text = new ActivityText(title.row().translation(), description == null ? "" : description.row().translation());
        if (alreadySaved(activity.textIn(first.language()), text)) {
            return new Outcome(false, true, List.of());
        }
        @Nullable Stale stale = stale(activity, first.language(), title.row().cells().getOrDefault(VERSION, "").strip());
        if (stale != null) {
            return Outcome.refusedAll(parts, stale.importKey());
        }
        activity.translate(first.language(), text, TranslationState.TRANSLATED, clock.instant());
        return new Outcome(true, false, List.of());
    }

    private static boolean tooLong(String text, int most) {
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length()) > most;
    }

    /** Activities in the queue's statuses that the caller may translate, published first, the soonest meeting first. */
    private List<Activity> inScope(SignedInPerson caller) {
        Map<Long, Activity> found = new LinkedHashMap<>();
        if (caller.hasRole(Roles.ADMINISTRATOR)) {
            activities.findByStatusIn(QUEUED).forEach(activity -> found.put(activity.id(), activity));
        } else {
            if (caller.hasRole(Roles.COORDINATOR)) {
                Set<String> scope = areas.scopeOf(caller.accountId());
                if (!scope.isEmpty()) {
                    activities.findByStatusInAndMunicipalityCodeIn(QUEUED, scope).forEach(activity -> found.put(activity.id(), activity));
                }
            }
            List<Long> mine = organisations.membershipsOf(caller.accountId()).stream().map(Membership::organisationId).toList();
            if (!mine.isEmpty()) {
                activities.findByStatusInAndOrganisationIdIn(QUEUED, mine).forEach(activity -> found.put(activity.id(), activity));
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing((Activity activity) -> activity.status() != ActivityStatus.PUBLISHED)
                        .thenComparing(Activity::nextMeetingAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Activity::id))
                .toList();
    }

    private boolean mayTranslate(Activity activity, SignedInPerson caller) {
        return caller.hasRole(Roles.ADMINISTRATOR)
                || organisations.isMember(activity.organisationId(), caller.accountId())
                || caller.hasRole(Roles.COORDINATOR) && areas.scopeOf(caller.accountId()).contains(activity.municipalityCode());
    }

    private Activity translatable(long activityId, SignedInPerson caller) {
        Activity activity = activities.findById(activityId).orElseThrow(() -> new RuleViolation("activity.error.not-found"));
        if (!mayTranslate(activity, caller)) {
            throw new AccessDeniedException("Activity " + activityId + " is not in the caller's translation scope");
        }
        if (!QUEUED.contains(activity.status())) {
            throw new RuleViolation("activity.translation.error.not-in-queue");
        }
        return activity;
    }

    private static void requireTarget(Activity activity, SupportedLanguage target) {
        if (target == activity.sourceLanguage()) {
            throw new RuleViolation("activity.translation.error.source-language");
        }
    }

    /** A translation has a title, and a description when the source has one. */
    private static void requireComplete(Activity activity, ActivityText text) {
        if (text.title().isBlank()) {
            throw new RuleViolation("activity.translation.error.title-missing");
        }
        if (text.description().isBlank() && !sourceText(activity).description().isBlank()) {
            throw new RuleViolation("activity.translation.error.description-missing");
        }
    }

    private static Map<SupportedLanguage, TranslationNeed> needs(Activity activity) {
        Map<SupportedLanguage, TranslationNeed> needs = new EnumMap<>(SupportedLanguage.class);
        SupportedLanguage source = activity.sourceLanguage();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            if (language != source) {
                @Nullable ActivityTextColumns text = activity.textIn(language);
                TranslationNeed.of(text == null ? null : text.state()).ifPresent(need -> needs.put(language, need));
            }
        }
        return needs;
    }

    private TextToTranslate textToTranslate(Activity activity, SupportedLanguage target) {
        @Nullable ActivityTextColumns current = activity.textIn(target);
        boolean machinePossible = machine.map(translator -> translator.supports(activity.sourceLanguage(), target)).orElse(false)
                && (current == null || current.state() == TranslationState.MACHINE_DRAFT);
        return new TextToTranslate(activity.id(), activity.sourceLanguage(), sourceText(activity), target,
                current == null ? null : current.text(), current == null ? null : current.state(), version(activity, target),
                machinePossible);
    }

    private static ActivityText sourceText(Activity activity) {
        @Nullable ActivityTextColumns source = activity.textIn(activity.sourceLanguage());
        return source == null ? new ActivityText("", "") : source.text();
    }

    /** The English text beside another language's row, when English is neither the source nor the target and a person wrote it. */
    private static @Nullable ActivityText englishBeside(Activity activity, SupportedLanguage target) {
        if (target == SupportedLanguage.ENGLISH || activity.sourceLanguage() == SupportedLanguage.ENGLISH) {
            return null;
        }
        @Nullable ActivityTextColumns english = activity.textIn(SupportedLanguage.ENGLISH);
        return english != null && english.state() == TranslationState.TRANSLATED ? english.text() : null;
    }

    private static boolean alreadySaved(@Nullable ActivityTextColumns current, ActivityText text) {
        return current != null && current.state() == TranslationState.TRANSLATED && current.sameText(text);
    }

    /**
     * The version of a text as a person reads it: "v", then a fingerprint of the source text and one
     * of the text in the target language with its state. The "v" keeps spreadsheet programs from
     * reading it as a number.
     */
    static String version(Activity activity, SupportedLanguage target) {
        ActivityText source = sourceText(activity);
        @Nullable ActivityTextColumns current = activity.textIn(target);
        return "v" + fingerprint(source.title(), source.description())
                + fingerprint(current == null ? "" : current.text().title(), current == null ? "" : current.text().description(),
                        current == null ? "" : current.state().name());
    }

    /** Why a write from an earlier version of the texts must not happen. */
    private enum Stale {
        /** The source changed since: the translation is of a text that is no longer there. */
        SOURCE_CHANGED,
        /** Another person saved a translation since, which the write would overwrite. */
        TRANSLATION_CHANGED;

        String errorKey() {
            return this == SOURCE_CHANGED ? "activity.translation.error.source-changed" : "activity.translation.error.changed";
        }

        String importKey() {
            return this == SOURCE_CHANGED ? "activity.translation.import.source-changed" : "activity.translation.import.changed";
        }
    }

    /** Null when a write from {@code version} may happen; a machine draft saved since may always be replaced. */
    private static @Nullable Stale stale(Activity activity, SupportedLanguage target, String version) {
        String now = version(activity, target);
        if (version.length() != now.length() || !version.regionMatches(0, now, 0, 1 + FINGERPRINT_LENGTH)) {
            return Stale.SOURCE_CHANGED;
        }
        @Nullable ActivityTextColumns current = activity.textIn(target);
        if (!version.equals(now) && current != null && current.state() != TranslationState.MACHINE_DRAFT) {
            return Stale.TRANSLATION_CHANGED;
        }
        return null;
    }

    private static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, FINGERPRINT_LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String key(Activity activity, String field) {
        return "activity." + activity.id() + "." + field;
    }

    private String organisationName(long organisationId) {
        return organisations.summary(organisationId).map(OrganisationSummary::name).orElse("");
    }
}
