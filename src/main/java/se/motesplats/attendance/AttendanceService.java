package se.motesplats.attendance;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityHeadline;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ManagedMeeting;
import se.motesplats.activity.Meeting;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.Member;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.Names;
import se.motesplats.shared.RateLimits;
import se.motesplats.shared.RetriedTransactions;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.signup.ExpectedPerson;
import se.motesplats.signup.PlaceHolder;
import se.motesplats.signup.SignupService;

/**
 * Check-in at meetings. Participants check themselves in with the code on the leader's screen;
 * leaders call the roll on their phone, also offline, and send their marks in batches that may
 * arrive twice or from two phones. Every mark goes through {@link AttendanceMarks}, where the
 * database keeps one check-in per person and meeting.
 */
@Service
public class AttendanceService {

    /** How long a scanned code stays good while the person signs in or joins. */
    public static final Duration SCAN_HONOURED = Duration.ofMinutes(10);
    /** Participants can check themselves in from an hour before a meeting until an hour after it. */
    static final Duration OPEN_BEFORE = Duration.ofHours(1);
    static final Duration OPEN_AFTER = Duration.ofHours(1);
    /** Leaders may mark people from two hours before the meeting until the end of its day (later: coordinators). */
    static final Duration ROLL_CALL_BEFORE = Duration.ofHours(2);
    static final int MAX_BATCH = 500;
    /** Typed codes are six digits; this keeps guessing slow while a whole café behind one address types them. */
    static final RateLimits.Limit CODE_ATTEMPTS = new RateLimits.Limit("check-in-code", 100, Duration.ofMinutes(10));

    private final CheckInTokens tokens;
    private final AttendanceMarks marks;
    private final ActivityService activities;
    private final SignupService signups;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final LeaderRatio leaderRatio;
    private final RateLimits limits;
    private final RetriedTransactions transactions;
    private final WalkInAccounts walkIns;
    private final Clock clock;

    AttendanceService(@Value("${motesplats.attendance.token-key}") String tokenKey, AttendanceMarks marks,
            ActivityService activities, SignupService signups, OrganisationService organisations, AccountService accounts,
            LeaderRatio leaderRatio, RateLimits limits, RetriedTransactions transactions, WalkInAccounts walkIns, Clock clock) {
        this.tokens = new CheckInTokens(Base64.getDecoder().decode(tokenKey));
        this.marks = marks;
        this.activities = activities;
        this.signups = signups;
        this.organisations = organisations;
        this.accounts = accounts;
        this.leaderRatio = leaderRatio;
        this.limits = limits;
        this.transactions = transactions;
        this.walkIns = walkIns;
        this.clock = clock;
    }

    /** The code a leader's screen shows now for a meeting they run. */
    @Transactional(readOnly = true)
    public CheckInCode codeFor(long meetingId) {
        managed(meetingId);
        Instant now = clock.instant();
        return new CheckInCode(meetingId, tokens.token(meetingId, now), tokens.shortCode(meetingId, now),
                Instant.ofEpochSecond((CheckInTokens.step(now) + 1) * CheckInTokens.STEP.toSeconds()));
    }

    /** A scanned QR token, if it is genuine, recent and for a meeting open for check-in now. */
    @Transactional(readOnly = true)
    public Optional<Scan> scanned(String token) {
        Instant now = clock.instant();
        OptionalLong meetingId = tokens.verify(token, now);
        return meetingId.isPresent() && activities.meeting(meetingId.getAsLong()).filter(meeting -> open(meeting, now)).isPresent()
                ? Optional.of(new Scan(meetingId.getAsLong(), now, CheckInMethod.QR))
                : Optional.empty();
    }

    /** A typed short code (any script's digits, spaces ignored), if exactly one open meeting shows it. */
    @Transactional(readOnly = true)
    public Optional<Scan> typed(String typed) {
        String code = typed.codePoints().filter(point -> !Character.isWhitespace(point))
                .map(point -> Character.isDigit(point) ? '0' + Character.digit(point, 10) : point)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!code.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        limits.count(CODE_ATTEMPTS, CurrentPerson.get().map(person -> "account:" + person.accountId())
                .or(RateLimits::clientAddress).orElse("unknown"));
        Instant now = clock.instant();
        List<Meeting> matching = activities.meetingsStartingBetween(now.minus(Duration.ofDays(1)), now.plus(OPEN_BEFORE)).stream()
                .filter(meeting -> open(meeting, now))
                .filter(meeting -> tokens.codeMatches(meeting.occurrence().id(), code, now))
                .toList();
        return matching.size() == 1
                ? Optional.of(new Scan(matching.getFirst().occurrence().id(), now, CheckInMethod.CODE))
                : Optional.empty();
    }

    /** Checks the signed-in person in with a code they scanned or typed up to {@link #SCAN_HONOURED} ago. */
    public CheckedIn checkIn(Scan scan) {
        SignedInPerson caller = CurrentPerson.required();
        Instant now = clock.instant();
        if (scan.scannedAt().plus(SCAN_HONOURED).isBefore(now)) {
            throw new RuleViolation("attendance.rule.scan-expired");
        }
        Meeting meeting = activities.meeting(scan.meetingId()).orElseThrow(() -> new RuleViolation("attendance.rule.scan-expired"));
        Attendee attendee = Attendee.person(caller.accountId());
        return transactions.run(() -> {
            Optional<AttendanceMarks.Row> before = marks.present(scan.meetingId(), attendee);
            if (before.isEmpty()) {
                marks.add(new Mark(UUID.randomUUID(), scan.meetingId(), attendee.key(), Mark.Kind.PRESENT, scan.scannedAt(), false, null),
                        attendee, scan.method(), caller.accountId(), now);
            }
            AttendanceMarks.Row row = marks.present(scan.meetingId(), attendee).orElseThrow();
            return new CheckedIn(scan.meetingId(), meeting.activityId(), java.util.Objects.requireNonNull(row.checkedInAt()),
                    before.isPresent());
        });
    }

    /** Today's meetings of the associations the caller leads in, for their "Today" list and the offline cache. */
    @Transactional(readOnly = true)
    public List<MeetingToLead> today(SupportedLanguage language) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        return activities.meetingsILeadBetween(today.atStartOfDay(Zones.STOCKHOLM).toInstant(),
                        today.plusDays(1).atStartOfDay(Zones.STOCKHOLM).toInstant()).stream()
                .map(meeting -> toLead(meeting, language)).toList();
    }

    /**
     * Meetings of the last weeks that the caller oversees (coordinators: their areas; administrators:
     * all), newest first, with how many were checked in: where later corrections of a roll call start.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<EarlierMeeting> earlierMeetings(int weeks, SupportedLanguage language) {
        Instant now = clock.instant();
        List<Meeting> meetings = activities.meetingsOverseenBetween(now.minus(Duration.ofDays(7L * weeks)), now).stream()
                .sorted(Comparator.comparing((Meeting meeting) -> meeting.occurrence().startsAt()).reversed()).toList();
        Map<Long, Integer> present = marks.presentCounts(meetings.stream().map(meeting -> meeting.occurrence().id()).toList());
        Map<Long, ActivityHeadline> headlines = new HashMap<>();
        return meetings.stream().map(meeting -> new EarlierMeeting(toLead(meeting, headlines.computeIfAbsent(meeting.activityId(),
                activity -> activities.headline(activity, language).orElseThrow())), present.getOrDefault(meeting.occurrence().id(), 0)))
                .toList();
    }

    /** A past meeting and how many were present (leaders included). */
    public record EarlierMeeting(MeetingToLead meeting, int present) {
    }

    /** The roll call of a meeting the caller runs. */
    @Transactional(readOnly = true)
    public RollCall rollCall(long meetingId, SupportedLanguage language) {
        Meeting meeting = managed(meetingId);
        ActivityHeadline headline = activities.headline(meeting.activityId(), language).orElseThrow();
        Map<String, AttendanceMarks.Row> rows = marks.of(meetingId).stream()
                .collect(Collectors.toMap(row -> row.attendee().key(), row -> row));
        Map<String, RollCallEntry> entries = new LinkedHashMap<>();
        for (Member leader : organisations.leadersOf(headline.organisationId())) {
            put(entries, Attendee.person(leader.accountId()), leader.firstName(), RollCallEntry.Group.LEADER, false, rows);
        }
        for (ExpectedPerson person : signups.expectedAt(meeting.activityId(), meetingId)) {
            put(entries, Attendee.person(person.accountId()), person.firstName(), RollCallEntry.Group.SIGNED_UP,
                    person.saidCannotCome(), rows);
            for (int index = 0; index < person.companionNames().size(); index++) {
                put(entries, Attendee.companion(person.signupId(), index), person.companionNames().get(index),
                        RollCallEntry.Group.COMPANION, person.saidCannotCome(), rows);
            }
        }
        List<AttendanceMarks.Row> others = rows.values().stream().filter(row -> !entries.containsKey(row.attendee().key()))
                .sorted(Comparator.comparing(row -> row.checkedInAt() == null ? Instant.MAX : row.checkedInAt())).toList();
        Map<Long, String> names = accounts.firstNames(others.stream().map(AttendanceMarks.Row::accountId)
                .filter(java.util.Objects::nonNull).toList());
        for (AttendanceMarks.Row row : others) {
            // a walk-in registered at the door keeps the name the leader typed: the account's own name is not theirs to see
            String name = row.walkInName() != null ? row.walkInName()
                    : row.accountId() != null ? names.getOrDefault(row.accountId(), "") : "";
            put(entries, row.attendee(), name, RollCallEntry.Group.WALK_IN, false, rows);
        }
        return new RollCall(toLead(meeting, headline), List.copyOf(entries.values()),
                leaderRatio.participantsPerLeader(meeting.activityId()));
    }

    /**
     * Stores a batch of marks from a leader's phone. Sending the same batch again, or marks of the
     * same people from another phone, changes nothing that is already stored. Marks are applied in
     * a fixed order (meeting, person), so two batches never wait for each other's locks in a circle.
     */
    public List<SyncOutcome> sync(List<Mark> batch) {
        return sync(batch, null);
    }

    /**
     * The same, from a phone whose clock said {@code phoneClock} when it sent the batch. Cheap
     * phones' clocks are often minutes or hours off; the marks' times are moved by the difference,
     * which stays the same while a phone is offline, so that a wrong clock neither loses marks
     * ("outside the meeting's day") nor reorders them.
     */
    public List<SyncOutcome> sync(List<Mark> batch, @org.jspecify.annotations.Nullable Instant phoneClock) {
        SignedInPerson caller = CurrentPerson.required();
        if (batch.size() > MAX_BATCH) {
            throw new RuleViolation("attendance.rule.batch-too-large");
        }
        Instant now = clock.instant();
        Duration skew = phoneClock == null ? Duration.ZERO : Duration.between(phoneClock, now);
        List<Mark> ordered = batch.stream()
                .map(mark -> new Mark(mark.clientId(), mark.meetingId(), mark.attendee(), mark.kind(), mark.at().plus(skew),
                        mark.leader(), mark.walkInName(), mark.registration()))
                .sorted(Comparator.comparingLong(Mark::meetingId).thenComparing(Mark::attendee).thenComparing(Mark::at)).toList();
        Map<Long, Set<String>> namedPerMeeting = ordered.stream().collect(Collectors.groupingBy(Mark::meetingId,
                Collectors.mapping(Mark::attendee, Collectors.toSet())));
        Map<UUID, SyncOutcome> outcomes = transactions.run(() -> {
            Map<Long, Optional<SyncScope>> scopes = new HashMap<>();
            Map<UUID, SyncOutcome> done = new HashMap<>();
            List<Checked> toStore = new ArrayList<>();
            for (Mark mark : ordered) {
                SyncScope scope = scopes.computeIfAbsent(mark.meetingId(), meeting -> scopeIfManaged(meeting, namedPerMeeting.get(meeting)))
                        .orElse(null);
                SyncOutcome answered = check(mark, scope, caller, now, toStore);
                if (answered != null) {
                    done.putIfAbsent(mark.clientId(), answered);
                }
            }
            Set<UUID> stored = marks.addAll(toStore.stream().map(Checked::mark).toList(), caller.accountId(), now);
            for (Checked checked : toStore) {
                UUID clientId = checked.mark().mark().clientId();
                done.putIfAbsent(clientId, new SyncOutcome(clientId,
                        stored.contains(clientId) ? SyncOutcome.Result.STORED : SyncOutcome.Result.ALREADY_STORED, checked.notice()));
            }
            return done;
        });
        return batch.stream().map(mark -> outcomes.get(mark.clientId())).distinct().toList();
    }

    /**
     * What a batch needs to know about one of its meetings: when it starts, its association, and which
     * of the people the batch names are leaders and which may be marked without giving a name
     * (leaders, people with a place, their companions, anyone marked before). Asked only about the
     * people named, so a sync costs the same at a meeting of ten as at one of hundreds.
     */
    private record SyncScope(Instant startsAt, long activityId, long organisationId, Set<String> leaders, Set<String> known) {
    }

    private Optional<SyncScope> scopeIfManaged(long meetingId, Set<String> named) {
        Optional<ManagedMeeting> meeting = activities.managedMeeting(meetingId);
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        long activityId = meeting.get().activityId();
        long organisationId = meeting.get().organisationId();
        Set<Long> accounts = new HashSet<>();
        Set<Long> signupIds = new HashSet<>();
        for (String key : named) {
            Attendee.parse(key).ifPresent(attendee -> {
                if (attendee.accountId() != null) {
                    accounts.add(attendee.accountId());
                }
                if (attendee.signupId() != null) {
                    signupIds.add(attendee.signupId());
                }
            });
        }
        Set<String> leaders = organisations.membersAmong(organisationId, accounts).stream()
                .map(id -> Attendee.person(id).key()).collect(Collectors.toSet());
        Set<String> known = new HashSet<>(leaders);
        for (PlaceHolder holder : signups.placeHoldersAmong(activityId, meetingId, accounts, signupIds)) {
            known.add(Attendee.person(holder.accountId()).key());
            for (int index = 0; index < holder.companions(); index++) {
                known.add(Attendee.companion(holder.signupId(), index).key());
            }
        }
        known.addAll(marks.markedAmong(meetingId, named));
        return Optional.of(new SyncScope(meeting.get().startsAt(), activityId, organisationId, leaders, known));
    }

    /** A mark that passed the checks, to be stored with the others of its batch; the notice tells the phone of a contact not used. */
    private record Checked(AttendanceMarks.New mark, @org.jspecify.annotations.Nullable String notice) {
    }

    /** Answers a mark that is refused (or a registration replayed); a mark that may be stored goes into {@code toStore}. */
    private @org.jspecify.annotations.Nullable SyncOutcome check(Mark mark, @org.jspecify.annotations.Nullable SyncScope scope,
            SignedInPerson caller, Instant now, List<Checked> toStore) {
        if (scope == null) {
            return refused(mark, "attendance.rule.not-your-meeting");
        }
        Optional<Attendee> attendee = Attendee.parse(mark.attendee());
        boolean known = scope.known().contains(mark.attendee());
        if (attendee.isEmpty() || !known && !attendee.get().isWalkIn()) {
            return refused(mark, "attendance.rule.unknown-person");
        }
        String walkInName = Names.cleanOrNull(mark.walkInName());
        if (attendee.get().isWalkIn() && !known && (walkInName == null || walkInName.isEmpty() || walkInName.length() > 100)) {
            return refused(mark, "attendance.rule.walk-in-name");
        }
        Instant at = mark.at().isAfter(now) ? now : mark.at();
        boolean overseer = caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.ADMINISTRATOR);
        if (!overseer && !onMeetingDay(scope.startsAt(), at, now)) {
            return refused(mark, "attendance.rule.outside-meeting-day");
        }
        boolean walkIn = attendee.get().isWalkIn();
        Attendee person = attendee.get();
        String notice = null;
        if (walkIn && mark.registration() != null && walkInName != null) {
            // a replay must not count against the leader's registrations, nor register anyone again
            if (marks.seen(mark.clientId())) {
                return new SyncOutcome(mark.clientId(), SyncOutcome.Result.ALREADY_STORED, null);
            }
            Optional<Attendee> registered = walkIns.register(walkInName, mark.registration(), scope.activityId(), scope.organisationId(),
                    caller.accountId());
            person = registered.orElse(person);
            notice = registered.isPresent() ? null : "attendance.rule.walk-in-contact";
        }
        // a walk-in's contact may turn out to be a leader's, whom the batch did not name
        boolean leader = scope.leaders().contains(person.key()) || !person.isWalkIn() && walkIn
                && organisations.isMember(scope.organisationId(), java.util.Objects.requireNonNull(person.accountId()));
        Mark checked = new Mark(mark.clientId(), mark.meetingId(), person.key(), mark.kind(), at, leader, walkIn ? walkInName : null);
        toStore.add(new Checked(new AttendanceMarks.New(checked, person, walkIn ? CheckInMethod.WALK_IN : CheckInMethod.ROLL_CALL),
                notice));
        return null;
    }

    /** Leaders correct their own roll call on the meeting's day only; later corrections are for coordinators. */
    private static boolean onMeetingDay(Instant startsAt, Instant at, Instant now) {
        Instant endOfDay = startsAt.atZone(Zones.STOCKHOLM).toLocalDate().plusDays(1).atStartOfDay(Zones.STOCKHOLM).toInstant();
        return !at.isBefore(startsAt.minus(ROLL_CALL_BEFORE)) && at.isBefore(endOfDay) && !at.isAfter(now);
    }

    private static SyncOutcome refused(Mark mark, String reason) {
        return new SyncOutcome(mark.clientId(), SyncOutcome.Result.REFUSED, reason);
    }

    private static void put(Map<String, RollCallEntry> entries, Attendee attendee, String name, RollCallEntry.Group group,
            boolean saidCannotCome, Map<String, AttendanceMarks.Row> rows) {
        AttendanceMarks.Row row = rows.get(attendee.key());
        boolean present = row != null && row.present();
        entries.putIfAbsent(attendee.key(), new RollCallEntry(attendee.key(), name, group, present,
                present ? row.checkedInAt() : null, present ? row.method() : null, saidCannotCome));
    }

    private Meeting managed(long meetingId) {
        Meeting meeting = activities.meeting(meetingId).orElseThrow(() -> new RuleViolation("attendance.rule.no-such-meeting"));
        if (!activities.callerManages(meeting.activityId())) {
            throw new AccessDeniedException("Not a meeting the caller runs: " + meetingId);
        }
        return meeting;
    }

    private boolean open(Meeting meeting, Instant now) {
        return !meeting.occurrence().cancelled()
                && !now.isBefore(meeting.occurrence().startsAt().minus(OPEN_BEFORE))
                && !now.isAfter(meeting.occurrence().endsAt().plus(OPEN_AFTER));
    }

    private MeetingToLead toLead(Meeting meeting, SupportedLanguage language) {
        return toLead(meeting, activities.headline(meeting.activityId(), language).orElseThrow());
    }

    private static MeetingToLead toLead(Meeting meeting, ActivityHeadline headline) {
        return new MeetingToLead(meeting.occurrence().id(), meeting.activityId(), headline.title(), meeting.occurrence().startsAt(),
                meeting.occurrence().endsAt());
    }
}
