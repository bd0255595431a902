package se.motesplats.funding;

import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.FundedActivity;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.area.AreaService;
import se.motesplats.attendance.AttendanceLedger;
import se.motesplats.attendance.Presence;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.OrganisationSummary;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.security.AuditLog;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.shared.TextLimits;

/**
 * Funding schemes, each activity's live eligibility, and claims: an association computes a claim
 * for a period and submits it; a coordinator of its municipality approves or rejects it. Members
 * see their own associations' claims; coordinators those of their areas.
 */
@Service
public class FundingService {

    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final AttendanceLedger attendance;
    private final OrganisationService organisations;
    private final AreaService areas;
    private final Clock clock;
    private final AuditLog audit;

    FundingService(JdbcClient jdbc, ActivityService activities, AttendanceLedger attendance, OrganisationService organisations,
            AreaService areas, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.activities = activities;
        this.attendance = attendance;
        this.organisations = organisations;
        this.areas = areas;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FundingScheme> schemes() {
        return jdbc.sql("select * from funding_scheme order by code").query((row, number) -> scheme(row)).list();
    }

    public Optional<FundingScheme> scheme(String code) {
        return schemes().stream().filter(scheme -> scheme.code().equals(code)).findFirst();
    }

    /** An administrator changes a scheme's rules; claims already submitted keep what they were computed with. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public void configure(FundingScheme scheme) {
        if (scheme.amountPerParticipantSek() < 0 || scheme.minMeetings() < 0 || scheme.participantsPerLeader() < 0
                || scheme.minAttendances() < 1) {
            throw new RuleViolation("funding.rule.scheme-numbers");
        }
        int updated = jdbc.sql("""
                update funding_scheme set name = :name, amount_per_participant_sek = :amount, min_meetings = :meetings,
                  participants_per_leader = :ratio, min_attendances = :attendances, below_ratio = :below,
                  requires_approved_plan = :plan, updated_at = :now where code = :code""")
                .param("name", scheme.name()).param("amount", scheme.amountPerParticipantSek()).param("meetings", scheme.minMeetings())
                .param("ratio", scheme.participantsPerLeader()).param("attendances", scheme.minAttendances())
                .param("below", scheme.belowRatio().name()).param("plan", scheme.requiresApprovedPlan()).param("now", clock.instant())
                .param("code", scheme.code())
                .update();
        if (updated == 0) {
            throw new RuleViolation("funding.rule.no-such-scheme");
        }
    }

    /** The activity's eligibility as of now: the meter on its page. Empty if it runs under no scheme. */
    @Transactional(readOnly = true)
    public Optional<ActivityClaim> meter(long activityId, SupportedLanguage language) {
        if (!activities.callerManages(activityId)) {
            throw new AccessDeniedException("Only the organiser and coordinators see an activity's funding");
        }
        return activities.fundedActivity(activityId, clock.instant(), language).flatMap(this::compute);
    }

    /** The claim an organisation would make for a period, as computed now. */
    @Transactional(readOnly = true)
    public ClaimPreview preview(long organisationId, LocalDate from, LocalDate to, SupportedLanguage language) {
        OrganisationSummary organisation = mayClaimFor(organisationId);
        if (from.isAfter(to)) {
            throw new RuleViolation("funding.rule.period");
        }
        Instant end = to.plusDays(1).atStartOfDay(Zones.STOCKHOLM).toInstant();
        List<ActivityClaim> parts = activities.fundedActivitiesOf(organisationId, end, language).stream()
                .map(this::compute).flatMap(Optional::stream).toList();
        return new ClaimPreview(organisationId, organisation.name(), from, to, parts);
    }

    /**
     * Submits the claim as computed now. Periods of one organisation's claims may not overlap, and a
     * participant is claimed once per activity: the database's key on (activity, attendee) refuses
     * a second claim of the same person even when two are submitted at the same moment.
     */
    @Transactional
    public long submit(long organisationId, LocalDate from, LocalDate to) {
        SignedInPerson caller = CurrentPerson.required();
        if (!organisations.isMember(organisationId, caller.accountId()) && !caller.hasRole(Roles.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only the association submits its claims");
        }
        if (to.isAfter(LocalDate.now(clock.withZone(Zones.STOCKHOLM)))) {
            throw new RuleViolation("funding.rule.period-not-over");
        }
        int overlapping = jdbc.sql("""
                select count(*) from funding_claim where organisation_id = ? and status <> 'REJECTED'
                  and period_from <= ? and period_to >= ?""")
                .params(organisationId, to, from).query(Integer.class).single();
        if (overlapping > 0) {
            throw new RuleViolation("funding.rule.period-overlaps");
        }
        ClaimPreview preview = preview(organisationId, from, to, SupportedLanguage.SOURCE);
        jdbc.sql("""
                insert into funding_claim (organisation_id, period_from, period_to, status, total_sek, submitted_by, submitted_at)
                values (?, ?, ?, 'SUBMITTED', ?, ?, ?)""")
                .params(organisationId, from, to, preview.totalSek(), caller.accountId(), clock.instant()).update();
        long claimId = jdbc.sql("select last_insert_id()").query(Long.class).single();
        for (ActivityClaim part : preview.activities()) {
            jdbc.sql("""
                    insert into funding_claim_line (claim_id, activity_id, scheme_code, eligible, meetings_held, meetings_counted,
                      participants_counted, amount_sek) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(claimId, part.activityId(), part.scheme().code(), part.eligible(), part.meetingsHeld(), part.meetingsCounted(),
                            part.newParticipants().size(), part.amountSek()).update();
            try {
                part.newParticipants().forEach(attendee -> jdbc.sql(
                                "insert into funding_claimed_participant (activity_id, attendee, claim_id) values (?, ?, ?)")
                        .params(part.activityId(), attendee, claimId).update());
            } catch (DuplicateKeyException claimedMeanwhile) {
                throw new RuleViolation("funding.rule.claimed-meanwhile");
            }
        }
        audit.changed("funding.claim-submitted", "claim:" + claimId, null, "organisation " + organisationId);
        return claimId;
    }

    /** An organisation's claims, newest first. */
    @Transactional(readOnly = true)
    public List<Claim> claimsOf(long organisationId) {
        mayClaimFor(organisationId);
        return claims("c.organisation_id = :organisation", Map.of("organisation", organisationId));
    }

    /** Submitted claims of associations in the coordinator's areas, oldest first, waiting for a decision. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<Claim> awaitingDecision() {
        SignedInPerson caller = CurrentPerson.required();
        if (caller.hasRole(Roles.ADMINISTRATOR)) {
            return claims("c.status = 'SUBMITTED'", Map.of());
        }
        Set<String> scope = areas.scopeOf(caller.accountId());
        return scope.isEmpty() ? List.of()
                : claims("c.status = 'SUBMITTED' and o.municipality_code in (:scope)", Map.of("scope", scope));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public void approve(long claimId) {
        decide(claimId, Claim.Status.APPROVED, null);
    }

    /** Rejects a claim with a reason; its participants may be claimed again in a corrected claim. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public void reject(long claimId, String comment) {
        if (comment.isBlank()) {
            throw new RuleViolation("funding.rule.reason-needed");
        }
        TextLimits.require(comment.strip(), TextLimits.COMMENT);
        decide(claimId, Claim.Status.REJECTED, comment.strip());
        jdbc.sql("delete from funding_claimed_participant where claim_id = ?").param(claimId).update();
    }

    private void decide(long claimId, Claim.Status status, @org.jspecify.annotations.Nullable String comment) {
        SignedInPerson caller = CurrentPerson.required();
        String municipality = jdbc.sql("""
                select o.municipality_code from funding_claim c join organisation o on o.id = c.organisation_id where c.id = ? for update""")
                .param(claimId).query(String.class).optional().orElseThrow(() -> new RuleViolation("funding.rule.no-such-claim"));
        if (!caller.hasRole(Roles.ADMINISTRATOR) && !areas.scopeOf(caller.accountId()).contains(municipality)) {
            throw new AccessDeniedException("Outside the coordinator's areas");
        }
        int updated = jdbc.sql("""
                update funding_claim set status = ?, decided_by = ?, decided_at = ?, decision_comment = ? where id = ? and status = 'SUBMITTED'""")
                .params(status.name(), caller.accountId(), clock.instant(), comment, claimId).update();
        if (updated == 0) {
            throw new RuleViolation("funding.rule.already-decided");
        }
        audit.changed("funding.claim-" + status.name().toLowerCase(java.util.Locale.ROOT), "claim:" + claimId, null, null);
    }

    /** The participants per leader of the activity's scheme; 0 (no rule) for activities under none. */
    @Transactional(readOnly = true)
    public int participantsPerLeader(long activityId) {
        return activities.fundingSchemeOf(activityId).flatMap(this::scheme).map(FundingScheme::participantsPerLeader).orElse(0);
    }

    private Optional<ActivityClaim> compute(FundedActivity activity) {
        return scheme(activity.fundingScheme()).map(scheme -> {
            List<Long> meetingIds = activity.meetings().stream().map(OccurrenceView::id).toList();
            Map<Long, Set<String>> participants = new HashMap<>();
            Map<Long, Integer> leaders = new HashMap<>();
            for (Presence presence : attendance.presentAt(meetingIds)) {
                if (presence.leader()) {
                    leaders.merge(presence.meetingId(), 1, Integer::sum);
                } else {
                    participants.computeIfAbsent(presence.meetingId(), id -> new HashSet<>()).add(presence.attendee());
                }
            }
            List<MeetingAttendance> meetings = activity.meetings().stream()
                    .map(meeting -> new MeetingAttendance(meeting.id(), meeting.startsAt(), participants.getOrDefault(meeting.id(), Set.of()),
                            leaders.getOrDefault(meeting.id(), 0)))
                    .toList();
            Set<String> claimedBefore = new HashSet<>(jdbc.sql("""
                    select p.attendee from funding_claimed_participant p join funding_claim c on c.id = p.claim_id
                    where p.activity_id = ? and c.status <> 'REJECTED'""").param(activity.id()).query(String.class).list());
            return ClaimRules.compute(activity.id(), activity.title(), scheme, activity.planApproved(), meetings, claimedBefore);
        });
    }

    /** Members of the association, coordinators of its municipality and administrators. */
    private OrganisationSummary mayClaimFor(long organisationId) {
        SignedInPerson caller = CurrentPerson.required();
        OrganisationSummary organisation = organisations.summary(organisationId)
                .orElseThrow(() -> new RuleViolation("funding.rule.no-such-organisation"));
        boolean allowed = caller.hasRole(Roles.ADMINISTRATOR) || organisations.isMember(organisationId, caller.accountId())
                || caller.hasRole(Roles.COORDINATOR) && areas.scopeOf(caller.accountId()).contains(organisation.municipalityCode());
        if (!allowed) {
            throw new AccessDeniedException("Not the caller's association");
        }
        return organisation;
    }

    private List<Claim> claims(String where, Map<String, Object> parameters) {
        List<Claim> claims = new ArrayList<>();
        var query = jdbc.sql("select c.*, o.name as organisation_name from funding_claim c join organisation o on o.id = c.organisation_id where "
                + where + " order by c.submitted_at desc, c.id desc");
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            query = query.param(parameter.getKey(), parameter.getValue());
        }
        query.query(row -> {
            claims.add(claim(row));
        });
        return claims.stream().map(claim -> new Claim(claim.id(), claim.organisationId(), claim.organisationName(), claim.from(), claim.to(),
                claim.status(), claim.totalSek(), claim.submittedAt(), claim.decisionComment(), lines(claim.id()))).toList();
    }

    private List<Claim.Line> lines(long claimId) {
        return jdbc.sql("select * from funding_claim_line where claim_id = ? order by activity_id").param(claimId)
                .query((row, number) -> new Claim.Line(row.getLong("activity_id"), activities.headline(row.getLong("activity_id"),
                                SupportedLanguage.SOURCE).map(headline -> headline.title()).orElse("#" + row.getLong("activity_id")),
                        row.getString("scheme_code"), row.getBoolean("eligible"),
                        row.getInt("meetings_held"), row.getInt("meetings_counted"), row.getInt("participants_counted"),
                        row.getInt("amount_sek")))
                .list();
    }

    private static Claim claim(ResultSet row) throws SQLException {
        return new Claim(row.getLong("id"), row.getLong("organisation_id"), row.getString("organisation_name"),
                row.getObject("period_from", LocalDate.class), row.getObject("period_to", LocalDate.class),
                Claim.Status.valueOf(row.getString("status")), row.getInt("total_sek"), row.getTimestamp("submitted_at").toInstant(),
                row.getString("decision_comment"), List.of());
    }

    private static FundingScheme scheme(ResultSet row) throws SQLException {
        return new FundingScheme(row.getString("code"), row.getString("name"), row.getInt("amount_per_participant_sek"),
                row.getInt("min_meetings"), row.getInt("participants_per_leader"), row.getInt("min_attendances"),
                FundingScheme.BelowRatio.valueOf(row.getString("below_ratio")), row.getBoolean("requires_approved_plan"));
    }
}
