package se.motesplats.volunteering;

import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.privacy.ConsentService;
import se.motesplats.privacy.ConsentWithdrawn;
import se.motesplats.security.AccountService;
import se.motesplats.security.AuditLog;
import se.motesplats.security.Contact;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;

/**
 * Newcomers' requests, the coordinators' queue and suggestions, and a match's way from proposal to
 * end. Each side of a match sees only their own matches; coordinators only requests from their areas.
 */
@Service
public class MatchingService {

    /** The target: a match within 30 days of asking. */
    public static final Duration TARGET_WAIT = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final VolunteerService volunteers;
    private final AccountService accounts;
    private final ConsentService consents;
    private final AreaService areas;
    private final CoordinatorScope scope;
    private final MatchNotices notices;
    private final Clock clock;
    private final AuditLog audit;

    MatchingService(JdbcClient jdbc, VolunteerService volunteers, AccountService accounts, ConsentService consents, AreaService areas,
            CoordinatorScope scope, MatchNotices notices, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.volunteers = volunteers;
        this.accounts = accounts;
        this.consents = consents;
        this.areas = areas;
        this.scope = scope;
        this.notices = notices;
        this.clock = clock;
    }

    /** The caller asks for a volunteer. One open request per person and programme. */
    @Transactional
    public long ask(RequestForm form, boolean consentToMatching, SupportedLanguage language) {
        long me = CurrentPerson.required().accountId();
        validate(form);
        if (!consentToMatching) {
            throw new RuleViolation("volunteering.rule.consent-needed");
        }
        long id = insert(me, form, null);
        if (!consents.of(me).contains(ConsentPurpose.MATCHING)) {
            consents.give(Set.of(ConsentPurpose.MATCHING), language);
        }
        return id;
    }

    /** A case officer or coordinator asks on behalf of a newcomer who is with them and has agreed. */
    @RolesAllowed({Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public long refer(long newcomerId, RequestForm form, SupportedLanguage language) {
        validate(form);
        scope.check(form.municipalityCode());
        long id = insert(newcomerId, form, CurrentPerson.required().accountId());
        consents.giveOnBehalf(newcomerId, Set.of(ConsentPurpose.MATCHING), language);
        return id;
    }

    private void validate(RequestForm form) {
        if (form.programme() == null || !form.programme().matchable()) {
            throw new RuleViolation("volunteering.rule.programme-needed");
        }
        AboutYouRules.check(areas, form.municipalityCode(), form.languages(), form.timeSlots(), form.childrenAges(), form.sameGenderOnly(),
                form.gender());
        if (!volunteers.programme(form.programme()).runsIn(java.util.Objects.requireNonNull(form.municipalityCode()))) {
            throw new RuleViolation("volunteering.rule.programme-not-here");
        }
    }

    private long insert(long newcomer, RequestForm form, @org.jspecify.annotations.Nullable Long referredBy) {
        try {
            jdbc.sql("""
                    insert into match_request (account_id, programme_id, municipality_code, languages, interests, time_slots, gender,
                      same_gender_only, children_ages, referred_by, status, created_at)
                    values (:newcomer, :programme, :municipality, :languages, :interests, :times, :gender, :sameGender, :ages,
                      :referredBy, 'WAITING', :now)""")
                    .param("newcomer", newcomer).param("programme", volunteers.programme(form.programme()).id())
                    .param("municipality", form.municipalityCode()).param("languages", Columns.languages(form.languages()))
                    .param("interests", Columns.names(form.interests())).param("times", Columns.names(form.timeSlots()))
                    .param("gender", form.gender() == null ? null : form.gender().name()).param("sameGender", form.sameGenderOnly())
                    .param("ages", Columns.ages(form.childrenAges())).param("referredBy", referredBy).param("now", clock.instant())
                    .update();
        } catch (DuplicateKeyException alreadyAsked) {
            throw new RuleViolation("volunteering.rule.already-asked");
        }
        return jdbc.sql("select last_insert_id()").query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<MyRequest> myRequests() {
        return jdbc.sql("""
                select r.id, p.kind, r.status, r.created_at from match_request r join programme p on p.id = r.programme_id
                where r.account_id = ? and r.status <> 'CLOSED' order by r.created_at""")
                .param(CurrentPerson.required().accountId())
                .query((row, number) -> new MyRequest(row.getLong("id"), ProgrammeKind.valueOf(row.getString("kind")),
                        MatchRequest.RequestStatus.valueOf(row.getString("status")), row.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The caller takes back their request; a proposal waiting for answers goes with it. */
    @Transactional
    public void withdraw(long requestId) {
        MatchRequest request = request(requestId, true);
        if (request.accountId() != CurrentPerson.required().accountId()) {
            throw new AccessDeniedException("Not the caller's request");
        }
        if (request.status() == MatchRequest.RequestStatus.MATCHED && openMatch(requestId).map(m -> m.status() == MatchStatus.ACTIVE).orElse(false)) {
            throw new RuleViolation("volunteering.rule.end-match-first");
        }
        close(requestId);
    }

    /** Closes a request and declines a proposal waiting for answers. */
    private void close(long requestId) {
        Instant now = clock.instant();
        jdbc.sql("update volunteer_match set status = 'DECLINED', ended_at = ? where request_id = ? and status = 'PROPOSED'")
                .params(now, requestId).update();
        jdbc.sql("update match_request set status = 'CLOSED', closed_at = ? where id = ?").params(now, requestId).update();
    }

    /**
     * The person withdrew their consent to matching: they are no longer matched. A volunteer is
     * paused; a newcomer's requests without an active match are closed. Active matches go on until
     * one side ends them, as both agreed to them.
     */
    @EventListener
    void consentWithdrawn(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() != ConsentPurpose.MATCHING) {
            return;
        }
        volunteers.pauseWithoutCheck(withdrawn.accountId());
        jdbc.sql("""
                select r.id from match_request r where r.account_id = ? and r.status in ('WAITING', 'MATCHED')
                  and not exists (select 1 from volunteer_match m where m.request_id = r.id and m.status = 'ACTIVE')""")
                .param(withdrawn.accountId()).query(Long.class).list().forEach(this::close);
    }

    /** Requests from the coordinator's areas waiting for a match, oldest first. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<QueuedRequest> queue() {
        Set<String> municipalities = scope.municipalities();
        if (municipalities.isEmpty() && !scope.unlimited()) {
            return List.of();
        }
        Instant now = clock.instant();
        record Waiting(MatchRequest request, @org.jspecify.annotations.Nullable String openStatus, int declined) {
        }
        // one query: each request with the status of its open match (if any) and how many proposals were declined
        List<Waiting> waiting = jdbc.sql("select r.*, p.kind, "
                        + "(select m.status from volunteer_match m where m.request_id = r.id and m.status in ('PROPOSED', 'ACTIVE')) as open_status, "
                        + "(select count(*) from volunteer_match m where m.request_id = r.id and m.status = 'DECLINED') as declined "
                        + "from match_request r join programme p on p.id = r.programme_id where r.status in ('WAITING', 'MATCHED')"
                        + (scope.unlimited() ? "" : " and r.municipality_code in (:municipalities)") + " order by r.created_at, r.id")
                .param("municipalities", municipalities.isEmpty() ? List.of("") : municipalities)
                .query((row, number) -> new Waiting(request(row, ""), row.getString("open_status"), row.getInt("declined")))
                .list().stream()
                .filter(request -> !MatchStatus.ACTIVE.name().equals(request.openStatus()))
                .toList();
        Map<Long, String> names = accounts.firstNames(waiting.stream().map(request -> request.request().accountId()).toList());
        List<QueuedRequest> queue = new ArrayList<>();
        for (Waiting each : waiting) {
            MatchRequest request = each.request();
            queue.add(new QueuedRequest(named(request, names), areas.municipalityName(request.municipalityCode()),
                    Duration.between(request.createdAt(), now).toDays(), Duration.between(request.createdAt(), now).compareTo(TARGET_WAIT) > 0,
                    each.declined(), each.openStatus() != null));
        }
        return queue;
    }

    /** Volunteers for a request, best first, each with the reasons for their score. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long requestId) {
        MatchRequest request = request(requestId, false);
        scope.check(request.municipalityCode());
        audit.read("volunteering.suggestions-read", "match-request:" + requestId, null);
        List<Long> declinedBy = jdbc.sql("select volunteer_id from volunteer_match where request_id = ? and status = 'DECLINED'")
                .param(requestId).query(Long.class).list();
        return MatchScore.rank(request, volunteers.candidates(request.programme(), request.municipalityCode().substring(0, 2)).stream()
                .filter(volunteer -> volunteer.accountId() != request.accountId() && !declinedBy.contains(volunteer.accountId()))
                .toList());
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public MatchRequest request(long requestId) {
        MatchRequest request = request(requestId, false);
        scope.check(request.municipalityCode());
        audit.read("volunteering.request-read", "match-request:" + requestId, request.accountId());
        return named(request, accounts.firstNames(List.of(request.accountId())));
    }

    /**
     * Proposes a volunteer for a request. The volunteer's row is locked while their open matches are
     * counted, and the database allows one open match per request, so two coordinators (or nodes)
     * proposing at once cannot overfill a volunteer or double a request.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public long propose(long requestId, long volunteerId) {
        MatchRequest request = request(requestId, true);
        scope.check(request.municipalityCode());
        if (request.status() != MatchRequest.RequestStatus.WAITING) {
            throw new RuleViolation("volunteering.rule.request-not-waiting");
        }
        VolunteerCandidate volunteer = volunteers.lockedCandidate(volunteerId, request.programme())
                .orElseThrow(() -> new RuleViolation("volunteering.rule.not-in-programme"));
        if (volunteer.paused()) {
            throw new RuleViolation("volunteering.rule.volunteer-paused");
        }
        if (!volunteer.missing().isEmpty()) {
            throw new RuleViolation("volunteering.rule.vetting-missing");
        }
        if (volunteer.freePlaces() <= 0) {
            throw new RuleViolation("volunteering.rule.volunteer-full");
        }
        if (volunteerId == request.accountId()) {
            throw new RuleViolation("volunteering.rule.not-oneself");
        }
        int score = MatchScore.of(request, volunteer).map(Suggestion::points)
                .orElseThrow(() -> new RuleViolation("volunteering.rule.not-suitable"));
        try {
            jdbc.sql("""
                    insert into volunteer_match (request_id, volunteer_id, status, score, proposed_at, proposed_by)
                    values (?, ?, 'PROPOSED', ?, ?, ?)""")
                    .params(requestId, volunteerId, score, clock.instant(), CurrentPerson.required().accountId()).update();
        } catch (DuplicateKeyException alreadyProposed) {
            throw new RuleViolation("volunteering.rule.request-not-waiting");
        }
        long matchId = jdbc.sql("select last_insert_id()").query(Long.class).single();
        jdbc.sql("update match_request set status = 'MATCHED' where id = ?").param(requestId).update();
        audit.changed("volunteering.match-proposed", "match:" + matchId, request.accountId(), "volunteer " + volunteerId);
        notices.tell(volunteerId, "volunteering.notice.proposed", request.programme(), Map.of(), "proposed:" + matchId + ":v");
        notices.tell(request.accountId(), "volunteering.notice.proposed", request.programme(), Map.of(), "proposed:" + matchId + ":n");
        return matchId;
    }

    /** The caller says yes to a proposed match; when both have, it is active and contact details are shared. */
    @Transactional
    public MatchStatus accept(long matchId) {
        OpenMatch match = lockedParty(matchId);
        if (match.status() != MatchStatus.PROPOSED || volunteers.paused(match.volunteerId())) {
            throw new RuleViolation("volunteering.rule.not-proposed");
        }
        Instant now = clock.instant();
        boolean volunteerSide = match.volunteerId() == CurrentPerson.required().accountId();
        jdbc.sql("update volunteer_match set " + (volunteerSide ? "volunteer_accepted_at" : "newcomer_accepted_at")
                + " = coalesce(" + (volunteerSide ? "volunteer_accepted_at" : "newcomer_accepted_at") + ", ?) where id = ?")
                .params(now, matchId).update();
        audit.changed("volunteering.match-accepted", "match:" + matchId, match.newcomerId(), volunteerSide ? "by volunteer" : "by newcomer");
        boolean both = jdbc.sql("select volunteer_accepted_at is not null and newcomer_accepted_at is not null from volunteer_match where id = ?")
                .param(matchId).query(Boolean.class).single();
        if (!both) {
            return MatchStatus.PROPOSED;
        }
        jdbc.sql("update volunteer_match set status = 'ACTIVE', active_since = ? where id = ?").params(now, matchId).update();
        notices.tell(match.volunteerId(), "volunteering.notice.active", match.programme(), Map.of(), "active:" + matchId + ":v");
        notices.tell(match.newcomerId(), "volunteering.notice.active", match.programme(), Map.of(), "active:" + matchId + ":n");
        return MatchStatus.ACTIVE;
    }

    /** The caller says no to a proposed match; the request goes back to the queue, keeping its place. */
    @Transactional
    public void decline(long matchId) {
        OpenMatch match = lockedParty(matchId);
        if (match.status() != MatchStatus.PROPOSED) {
            throw new RuleViolation("volunteering.rule.not-proposed");
        }
        jdbc.sql("update volunteer_match set status = 'DECLINED', ended_at = ? where id = ?").params(clock.instant(), matchId).update();
        jdbc.sql("update match_request set status = 'WAITING' where id = ? and status = 'MATCHED'").param(match.requestId()).update();
        audit.changed("volunteering.match-declined", "match:" + matchId, match.newcomerId(), null);
    }

    /**
     * Ends an active match, by either side or a coordinator. With {@code rematch} the newcomer's
     * request goes back to the queue (keeping its place); otherwise it is closed.
     */
    @Transactional
    public void end(long matchId, EndReason reason, boolean rematch) {
        OpenMatch match = locked(matchId);
        long caller = CurrentPerson.required().accountId();
        if (caller != match.volunteerId() && caller != match.newcomerId()) {
            scope.check(match.municipalityCode());
        }
        if (match.status() != MatchStatus.ACTIVE) {
            throw new RuleViolation("volunteering.rule.not-active");
        }
        Instant now = clock.instant();
        jdbc.sql("update volunteer_match set status = 'ENDED', ended_at = ?, end_reason = ? where id = ?")
                .params(now, reason.name(), matchId).update();
        jdbc.sql(rematch ? "update match_request set status = 'WAITING' where id = ?"
                        : "update match_request set status = 'CLOSED', closed_at = ? where id = ?")
                .params(rematch ? new Object[] {match.requestId()} : new Object[] {now, match.requestId()}).update();
        audit.changed("volunteering.match-ended", "match:" + matchId, match.newcomerId(), reason.name());
    }

    /** "We met" on a day, by either side of an active match; once per day, not in the future. */
    @Transactional
    public void logMeeting(long matchId, LocalDate day) {
        OpenMatch match = lockedParty(matchId);
        if (match.status() != MatchStatus.ACTIVE) {
            throw new RuleViolation("volunteering.rule.not-active");
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        if (day.isAfter(today) || match.activeSince() == null || day.isBefore(LocalDate.ofInstant(match.activeSince(), Zones.STOCKHOLM))) {
            throw new RuleViolation("volunteering.rule.meeting-date");
        }
        jdbc.sql("insert ignore into match_meeting (match_id, met_on, logged_by, logged_at) values (?, ?, ?, ?)")
                .params(matchId, day, CurrentPerson.required().accountId(), clock.instant()).update();
    }

    /** The caller answers "how is it going?" for the round that is due; answering again changes the answer. */
    @Transactional
    public void answerFollowUp(long matchId, FollowUp.Answer answer) {
        OpenMatch match = lockedParty(matchId);
        FollowUp.Round round = match.status() != MatchStatus.ACTIVE || match.activeSince() == null ? null
                : FollowUp.due(match.activeSince(), match.periodMonths(), clock.instant()).orElse(null);
        if (round == null) {
            throw new RuleViolation("volunteering.rule.no-follow-up");
        }
        jdbc.sql("""
                insert into match_follow_up (match_id, account_id, round, answer, answered_at) values (?, ?, ?, ?, ?)
                on duplicate key update answer = values(answer), answered_at = values(answered_at)""")
                .params(matchId, CurrentPerson.required().accountId(), round.name(), answer.name(), clock.instant()).update();
    }

    /** The caller's proposed and active matches, from their side, and those ended in the last year. */
    @Transactional(readOnly = true)
    public List<MyMatch> mine() {
        long me = CurrentPerson.required().accountId();
        Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
        List<SideOf> sides = jdbc.sql("""
                select m.*, r.account_id as newcomer_id, r.languages as newcomer_languages, r.interests as newcomer_interests,
                  r.time_slots as newcomer_times, r.municipality_code as newcomer_municipality, r.children_ages as newcomer_children,
                  p.kind, p.period_months, v.languages as volunteer_languages, v.interests as volunteer_interests, v.time_slots as volunteer_times,
                  v.municipality_code as volunteer_municipality, v.paused_at
                from volunteer_match m join match_request r on r.id = m.request_id join programme p on p.id = r.programme_id
                  join volunteer v on v.account_id = m.volunteer_id
                where (m.volunteer_id = :me or r.account_id = :me)
                  and (m.status in ('PROPOSED', 'ACTIVE') or (m.status = 'ENDED' and m.ended_at > :yearAgo))
                order by m.proposed_at desc""")
                .param("me", me).param("yearAgo", yearAgo)
                .query((row, number) -> sideOf(row, me))
                .list();
        Map<Long, String> names = accounts.firstNames(sides.stream().map(SideOf::otherId).toList());
        return sides.stream().map(side -> side.finish(names.getOrDefault(side.otherId(), "?"),
                side.contactShared() ? accounts.contactOf(side.otherId()).orElse(null) : null)).toList();
    }

    /** Proposed and active matches in the coordinator's areas, for follow-up. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<MatchOverview> openMatchesInMyAreas() {
        Set<String> municipalities = scope.municipalities();
        if (municipalities.isEmpty() && !scope.unlimited()) {
            return List.of();
        }
        record Row(long id, ProgrammeKind kind, MatchStatus status, long newcomer, long volunteer, Instant proposedAt,
                @org.jspecify.annotations.Nullable Instant activeSince, int meetings, @org.jspecify.annotations.Nullable LocalDate lastMet,
                boolean paused, FollowUp.@org.jspecify.annotations.Nullable Answer newcomerAnswer,
                FollowUp.@org.jspecify.annotations.Nullable Answer volunteerAnswer) {
        }
        List<Row> rows = jdbc.sql("""
                select m.id, p.kind, m.status, r.account_id as newcomer, m.volunteer_id, m.proposed_at, m.active_since, v.paused_at,
                  (select count(*) from match_meeting mm where mm.match_id = m.id) as meetings,
                  (select max(met_on) from match_meeting mm where mm.match_id = m.id) as last_met,
                  (select f.answer from match_follow_up f where f.match_id = m.id and f.account_id = r.account_id
                   order by f.answered_at desc limit 1) as newcomer_answer,
                  (select f.answer from match_follow_up f where f.match_id = m.id and f.account_id = m.volunteer_id
                   order by f.answered_at desc limit 1) as volunteer_answer
                from volunteer_match m join match_request r on r.id = m.request_id join programme p on p.id = r.programme_id
                  join volunteer v on v.account_id = m.volunteer_id
                where m.status in ('PROPOSED', 'ACTIVE')""" + (scope.unlimited() ? "" : " and r.municipality_code in (:municipalities)")
                        + " order by m.proposed_at")
                .param("municipalities", municipalities.isEmpty() ? List.of("") : municipalities)
                .query((row, number) -> new Row(row.getLong("id"), ProgrammeKind.valueOf(row.getString("kind")),
                        MatchStatus.valueOf(row.getString("status")), row.getLong("newcomer"), row.getLong("volunteer_id"),
                        row.getTimestamp("proposed_at").toInstant(), instant(row, "active_since"), row.getInt("meetings"),
                        row.getObject("last_met", LocalDate.class), row.getTimestamp("paused_at") != null,
                        answer(row.getString("newcomer_answer")), answer(row.getString("volunteer_answer"))))
                .list();
        Instant firstContactBy = clock.instant().minus(Duration.ofDays(MatchFollowUps.FIRST_CONTACT_DAYS));
        Map<Long, String> names = accounts.firstNames(rows.stream().flatMap(row -> java.util.stream.Stream.of(row.newcomer(), row.volunteer())).toList());
        return rows.stream().map(row -> new MatchOverview(row.id(), row.kind(), row.status(), names.getOrDefault(row.newcomer(), "?"),
                names.getOrDefault(row.volunteer(), "?"), row.proposedAt(), row.activeSince(), row.meetings(), row.lastMet(), row.paused(),
                row.status() == MatchStatus.ACTIVE && row.meetings() == 0 && row.activeSince() != null
                        && !row.activeSince().isAfter(firstContactBy), row.newcomerAnswer(), row.volunteerAnswer())).toList();
    }

    /** One match from the caller's side, before the other side's name and (once shared) contact are added. */
    private record SideOf(MyMatch match, long otherId) {

        boolean contactShared() {
            return match.status() == MatchStatus.ACTIVE && !match.paused();
        }

        MyMatch finish(String otherName, @org.jspecify.annotations.Nullable Contact contact) {
            MyMatch m = match;
            return new MyMatch(m.id(), m.iAmVolunteer(), m.programme(), m.status(), otherName, m.otherLanguages(), m.otherInterests(),
                    m.otherTimeSlots(), m.otherMunicipality(), m.childrenAges(), m.iAccepted(), m.otherAccepted(), m.paused(),
                    contact == null ? null : contact.email(), contact == null ? null : contact.phone(), m.activeSince(), m.meetings(),
                    m.followUpDue());
        }
    }

    private SideOf sideOf(ResultSet row, long me) throws SQLException {
        boolean iAmVolunteer = row.getLong("volunteer_id") == me;
        long matchId = row.getLong("id");
        List<LocalDate> meetings = jdbc.sql("select met_on from match_meeting where match_id = ? order by met_on desc").param(matchId)
                .query(LocalDate.class).list();
        Instant volunteerAccepted = instant(row, "volunteer_accepted_at");
        Instant newcomerAccepted = instant(row, "newcomer_accepted_at");
        String side = iAmVolunteer ? "newcomer" : "volunteer";
        MatchStatus status = MatchStatus.valueOf(row.getString("status"));
        boolean paused = row.getTimestamp("paused_at") != null;
        Instant activeSince = instant(row, "active_since");
        FollowUp.Round followUpDue = status != MatchStatus.ACTIVE || paused || activeSince == null ? null
                : FollowUp.due(activeSince, row.getInt("period_months"), clock.instant())
                        .filter(round -> jdbc.sql("select count(*) from match_follow_up where match_id = ? and account_id = ? and round = ?")
                                .params(matchId, me, round.name()).query(Integer.class).single() == 0)
                        .orElse(null);
        Set<SpokenLanguage> languages = iAmVolunteer ? Columns.languages(row.getString("newcomer_languages"))
                : Columns.skills(row.getString("volunteer_languages")).stream().map(LanguageSkill::language)
                        .collect(java.util.stream.Collectors.toSet());
        MyMatch match = new MyMatch(matchId, iAmVolunteer, ProgrammeKind.valueOf(row.getString("kind")), status, "", languages,
                Columns.enums(row.getString(side + "_interests"), ActivityCategory.class),
                Columns.enums(row.getString(side + "_times"), TimeSlot.class), areas.municipalityName(row.getString(side + "_municipality")),
                iAmVolunteer ? Columns.ages(row.getString("newcomer_children")) : List.of(),
                (iAmVolunteer ? volunteerAccepted : newcomerAccepted) != null, (iAmVolunteer ? newcomerAccepted : volunteerAccepted) != null,
                paused, null, null, activeSince, meetings, followUpDue);
        return new SideOf(match, iAmVolunteer ? row.getLong("newcomer_id") : row.getLong("volunteer_id"));
    }

    private static final String REQUESTS = "select r.*, p.kind from match_request r join programme p on p.id = r.programme_id";

    private MatchRequest request(long requestId, boolean lock) {
        return jdbc.sql(REQUESTS + " where r.id = ?" + (lock ? " for update" : "")).param(requestId)
                .query((row, number) -> request(row, ""))
                .optional().orElseThrow(() -> new RuleViolation("volunteering.rule.no-such-request"));
    }

    private static MatchRequest request(ResultSet row, String firstName) throws SQLException {
        return new MatchRequest(row.getLong("id"), row.getLong("account_id"), firstName, ProgrammeKind.valueOf(row.getString("kind")),
                row.getString("municipality_code"), Columns.languages(row.getString("languages")),
                Columns.enums(row.getString("interests"), ActivityCategory.class), Columns.enums(row.getString("time_slots"), TimeSlot.class),
                VolunteerService.gender(row), row.getBoolean("same_gender_only"), Columns.ages(row.getString("children_ages")),
                row.getTimestamp("created_at").toInstant(), row.getObject("referred_by") != null,
                MatchRequest.RequestStatus.valueOf(row.getString("status")));
    }

    private static MatchRequest named(MatchRequest r, Map<Long, String> names) {
        return new MatchRequest(r.id(), r.accountId(), names.getOrDefault(r.accountId(), "?"), r.programme(), r.municipalityCode(),
                r.languages(), r.interests(), r.timeSlots(), r.gender(), r.sameGenderOnly(), r.childrenAges(), r.createdAt(), r.referred(),
                r.status());
    }

    /** A match with what its checks need: both sides, its status, the request's municipality. */
    private record OpenMatch(long id, long requestId, long volunteerId, long newcomerId, MatchStatus status, ProgrammeKind programme,
            String municipalityCode, @org.jspecify.annotations.Nullable Instant activeSince, int periodMonths) {
    }

    private Optional<OpenMatch> openMatch(long requestId) {
        return jdbc.sql(MATCHES + " where m.request_id = ? and m.status in ('PROPOSED', 'ACTIVE')").param(requestId)
                .query((row, number) -> openMatch(row)).optional();
    }

    private OpenMatch locked(long matchId) {
        return jdbc.sql(MATCHES + " where m.id = ? for update").param(matchId)
                .query((row, number) -> openMatch(row)).optional()
                .orElseThrow(() -> new RuleViolation("volunteering.rule.no-such-match"));
    }

    /** The match locked, if the caller is one of its two sides. */
    private OpenMatch lockedParty(long matchId) {
        OpenMatch match = locked(matchId);
        long caller = CurrentPerson.required().accountId();
        if (caller != match.volunteerId() && caller != match.newcomerId()) {
            throw new AccessDeniedException("Not the caller's match");
        }
        return match;
    }

    private static final String MATCHES = """
            select m.id, m.request_id, m.volunteer_id, r.account_id as newcomer_id, m.status, p.kind, r.municipality_code, m.active_since,
              p.period_months
            from volunteer_match m join match_request r on r.id = m.request_id join programme p on p.id = r.programme_id""";

    private static OpenMatch openMatch(ResultSet row) throws SQLException {
        return new OpenMatch(row.getLong("id"), row.getLong("request_id"), row.getLong("volunteer_id"), row.getLong("newcomer_id"),
                MatchStatus.valueOf(row.getString("status")), ProgrammeKind.valueOf(row.getString("kind")), row.getString("municipality_code"),
                instant(row, "active_since"), row.getInt("period_months"));
    }

    private static FollowUp.@org.jspecify.annotations.Nullable Answer answer(@org.jspecify.annotations.Nullable String name) {
        return name == null ? null : FollowUp.Answer.valueOf(name);
    }

    private static @org.jspecify.annotations.Nullable Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
