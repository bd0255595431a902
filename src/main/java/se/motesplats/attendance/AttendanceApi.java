package se.motesplats.attendance;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import se.motesplats.i18n.LanguagePreference;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.privacy.ConsentService;
import se.motesplats.shared.RuleViolation;

/**
 * JSON for the leader's offline roll call in {@code frontend/roll-call/}. Signed-in only (a session
 * or the remembered-device cookie). Posts carry the header {@value #SYNC_HEADER}: a cross-site form
 * cannot set it and a cross-site script would need a CORS preflight that is never granted, which is
 * what protects them instead of a CSRF token that an offline phone could not renew.
 */
@RestController
class AttendanceApi {

    static final String SYNC_HEADER = "X-Motesplats-Sync";
    static final String BASE = "/api/attendance";

    private final AttendanceService attendance;
    private final TranslationProvider translations;

    AttendanceApi(AttendanceService attendance, TranslationProvider translations) {
        this.attendance = attendance;
        this.translations = translations;
    }

    /** A roll call with the texts to show it in the leader's language, so that a cached copy is complete. */
    record RollCallJson(String language, String direction, MeetingToLead meeting, List<RollCallEntry> entries,
            int participantsPerLeader, Map<String, String> texts, List<LanguageJson> languages, String consentVersion) {
    }

    /** A language a walk-in's messages can come in, named in itself, for the walk-in form. */
    record LanguageJson(String tag, String name) {
    }

    record TodayJson(List<MeetingToLead> meetings) {
    }

    /** As the phone sends it; anything may be missing from JSON, so the API checks before it builds a {@link Mark}. */
    record MarkJson(@Nullable UUID clientId, long meetingId, @Nullable String attendee, Mark.@Nullable Kind kind,
            @Nullable Instant at, boolean leader, @Nullable String walkInName, @Nullable String walkInContact,
            @Nullable String walkInLanguage, @Nullable String consentVersion, @Nullable String consentLanguage) {

        /**
         * The walk-in's contact, only together with the consent the phone recorded: without it the contact
         * is not kept (the person is counted by name, as any walk-in).
         */
        @Nullable WalkInRegistration registration() {
            if (walkInContact == null || walkInContact.isBlank() || consentVersion == null || !CONSENT_VERSION.matcher(consentVersion).matches()) {
                return null;
            }
            SupportedLanguage shownIn = consentLanguage == null ? null : SupportedLanguage.byTag(consentLanguage).orElse(null);
            if (shownIn == null) {
                return null;
            }
            SupportedLanguage language = walkInLanguage == null ? shownIn : SupportedLanguage.byTag(walkInLanguage).orElse(shownIn);
            return new WalkInRegistration(walkInContact, language, consentVersion, shownIn);
        }
    }

    private static final java.util.regex.Pattern CONSENT_VERSION = java.util.regex.Pattern.compile("[0-9A-Za-z.-]{1,20}");

    /** The marks, and what the phone's clock said when it sent them (it may be off; see {@code AttendanceService.sync}). */
    record SyncJson(@Nullable List<@Nullable MarkJson> marks, @Nullable Instant sentAt) {
    }

    record OutcomesJson(List<SyncOutcome> outcomes) {
    }

    @GetMapping(value = BASE + "/today", produces = MediaType.APPLICATION_JSON_VALUE)
    TodayJson today(HttpServletRequest request) {
        return new TodayJson(attendance.today(LanguagePreference.of(request)));
    }

    @GetMapping(value = BASE + "/meetings/{meetingId}/roll-call", produces = MediaType.APPLICATION_JSON_VALUE)
    RollCallJson rollCall(@PathVariable long meetingId, HttpServletRequest request) {
        SupportedLanguage language = LanguagePreference.of(request);
        RollCall rollCall = attendance.rollCall(meetingId, language);
        return new RollCallJson(language.tag(), language.direction().attribute(), rollCall.meeting(), rollCall.entries(),
                rollCall.participantsPerLeader(), translations.patterns(language, "attendance."),
                java.util.Arrays.stream(SupportedLanguage.values()).map(each -> new LanguageJson(each.tag(), each.nativeName())).toList(),
                ConsentService.NOTICE_VERSION);
    }

    @PostMapping(value = BASE + "/sync", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OutcomesJson> sync(@RequestHeader(name = SYNC_HEADER, required = false) @Nullable String header,
            @RequestBody SyncJson body) {
        if (!"1".equals(header)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (body.marks() == null || body.marks().stream().anyMatch(mark -> mark == null || mark.clientId() == null
                || mark.attendee() == null || mark.kind() == null || mark.at() == null)) {
            throw new RuleViolation("attendance.rule.unreadable");
        }
        return ResponseEntity.ok(new OutcomesJson(attendance.sync(body.marks().stream()
                .map(mark -> new Mark(mark.clientId(), mark.meetingId(), mark.attendee(), mark.kind(), mark.at(), mark.leader(),
                        mark.walkInName(), mark.registration()))
                .toList(), body.sentAt())));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Map<String, String>> refused(RuleViolation violation) {
        return ResponseEntity.badRequest().body(Map.of("reason", violation.translationKey()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Void> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
}
