package se.motesplats.volunteering;

import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.privacy.ConsentService;
import se.motesplats.security.AccountService;
import se.motesplats.security.AuditLog;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;

/**
 * Programmes, volunteers' own sign-up, and vetting and pausing by coordinators. A volunteer sees and
 * changes only their own sign-up; coordinators see volunteers who live in their areas, never their
 * contact details.
 */
@Service
public class VolunteerService {

    private static final String OPEN_MATCHES =
            "(select count(*) from volunteer_match m where m.volunteer_id = v.account_id and m.status in ('PROPOSED', 'ACTIVE')) as open_matches";
    private static final String CANDIDATES = "select v.*, " + OPEN_MATCHES + ", vp.interview_on, vp.training_on, vp.agreement_on, "
            + "vp.record_checked_on, vp.record_type, vp.record_valid_until from volunteer v "
            + "join volunteer_programme vp on vp.account_id = v.account_id and vp.programme_id = :programme ";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final ConsentService consents;
    private final AreaService areas;
    private final CoordinatorScope scope;
    private final Clock clock;
    private final AuditLog audit;

    VolunteerService(JdbcClient jdbc, AccountService accounts, ConsentService consents, AreaService areas, CoordinatorScope scope,
            Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.consents = consents;
        this.areas = areas;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Programme> programmes() {
        Map<Long, Set<String>> counties = new HashMap<>();
        jdbc.sql("select programme_id, county_code from programme_county").query(row -> {
            counties.computeIfAbsent(row.getLong("programme_id"), id -> new java.util.TreeSet<>()).add(row.getString("county_code"));
        });
        return jdbc.sql("select * from programme order by id")
                .query((row, number) -> programme(row, counties.getOrDefault(row.getLong("id"), Set.of())))
                .list();
    }

    public Programme programme(ProgrammeKind kind) {
        return programmes().stream().filter(programme -> programme.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No programme " + kind));
    }

    /** The caller's sign-up as a volunteer, if they made one. */
    @Transactional(readOnly = true)
    public Optional<MyVolunteering> mine() {
        long me = CurrentPerson.required().accountId();
        return jdbc.sql("select * from volunteer where account_id = ?").param(me)
                .query((row, number) -> {
                    List<ProgrammeStatus> programmes = statusesOf(me);
                    return new MyVolunteering(new VolunteerForm(
                            programmes.stream().map(status -> status.programme().kind()).collect(java.util.stream.Collectors.toSet()),
                            row.getString("municipality_code"), Columns.skills(row.getString("languages")),
                            Columns.enums(row.getString("interests"), ActivityCategory.class),
                            Columns.enums(row.getString("time_slots"), TimeSlot.class), gender(row),
                            row.getBoolean("same_gender_only"), Columns.ages(row.getString("children_ages")), row.getInt("max_matches")),
                            row.getTimestamp("paused_at") != null, programmes);
                })
                .optional();
    }

    /**
     * Signs the caller up as a volunteer, or changes their sign-up. Vetting already seen for a
     * programme they stay in is kept; leaving a programme forgets its vetting. The caller gets the
     * volunteer role at once.
     */
    @Transactional
    public void signUp(VolunteerForm form, boolean consentToMatching, SupportedLanguage language) {
        long me = CurrentPerson.required().accountId();
        validate(form, consentToMatching);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into volunteer (account_id, municipality_code, languages, interests, time_slots, gender, same_gender_only,
                  children_ages, max_matches, joined_at)
                values (:me, :municipality, :languages, :interests, :times, :gender, :sameGender, :ages, :max, :now)
                on duplicate key update municipality_code = :municipality, languages = :languages, interests = :interests,
                  time_slots = :times, gender = :gender, same_gender_only = :sameGender, children_ages = :ages, max_matches = :max""")
                .param("me", me).param("municipality", form.municipalityCode())
                .param("languages", Columns.skills(form.languages())).param("interests", Columns.names(form.interests()))
                .param("times", Columns.names(form.timeSlots()))
                .param("gender", form.gender() == null ? null : form.gender().name()).param("sameGender", form.sameGenderOnly())
                .param("ages", Columns.ages(form.childrenAges())).param("max", form.maxMatches()).param("now", now)
                .update();
        List<Long> chosen = programmes().stream().filter(programme -> form.programmes().contains(programme.kind()))
                .map(Programme::id).toList();
        jdbc.sql("delete from volunteer_programme where account_id = :me and programme_id not in (:chosen)")
                .param("me", me).param("chosen", chosen).update();
        chosen.forEach(programme -> jdbc.sql("insert ignore into volunteer_programme (account_id, programme_id, applied_at) values (?, ?, ?)")
                .params(me, programme, now).update());
        if (!consents.of(me).contains(ConsentPurpose.MATCHING)) {
            consents.give(Set.of(ConsentPurpose.MATCHING), language);
        }
        accounts.becameVolunteer();
    }

    private void validate(VolunteerForm form, boolean consentToMatching) {
        if (form.programmes().isEmpty()) {
            throw new RuleViolation("volunteering.rule.programme-needed");
        }
        AboutYouRules.check(areas, form.municipalityCode(), form.languages(), form.timeSlots(), form.childrenAges(), form.sameGenderOnly(),
                form.gender());
        if (form.maxMatches() < 1 || form.maxMatches() > 5) {
            throw new RuleViolation("volunteering.rule.max-matches");
        }
        if (!consentToMatching) {
            throw new RuleViolation("volunteering.rule.consent-needed");
        }
        if (programmes().stream().anyMatch(p -> form.programmes().contains(p.kind()) && !p.runsIn(java.util.Objects.requireNonNull(form.municipalityCode())))) {
            throw new RuleViolation("volunteering.rule.programme-not-here");
        }
    }

    /**
     * An administrator sets what a programme asks and where it runs (counties; none means
     * everywhere). Volunteers already vetted are measured against the new requirements at once.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public void configure(ProgrammeKind kind, Set<Requirement> requirements, int meetEveryWeeks, int periodMonths, Set<String> counties) {
        if (meetEveryWeeks < 1 || meetEveryWeeks > 12 || periodMonths < 1 || periodMonths > 36) {
            throw new RuleViolation("volunteering.rule.commitment");
        }
        if (!areas.counties().keySet().containsAll(counties)) {
            throw new RuleViolation("volunteering.rule.county-unknown");
        }
        long id = programme(kind).id();
        jdbc.sql("""
                update programme set needs_interview = :interview, needs_record_check = :record, needs_training = :training,
                  needs_agreement = :agreement, meet_every_weeks = :weeks, period_months = :months where id = :id""")
                .param("interview", requirements.contains(Requirement.INTERVIEW))
                .param("record", requirements.contains(Requirement.RECORD_CHECK))
                .param("training", requirements.contains(Requirement.TRAINING))
                .param("agreement", requirements.contains(Requirement.AGREEMENT))
                .param("weeks", meetEveryWeeks).param("months", periodMonths).param("id", id)
                .update();
        jdbc.sql("delete from programme_county where programme_id = ?").param(id).update();
        counties.forEach(county -> jdbc.sql("insert into programme_county (programme_id, county_code) values (?, ?)").params(id, county)
                .update());
    }

    /** Volunteers living in the coordinator's areas, newest first, with their vetting. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<VolunteerOverview> inMyAreas() {
        Set<String> municipalities = scope.municipalities();
        if (municipalities.isEmpty() && !scope.unlimited()) {
            return List.of();
        }
        LocalDate today = today();
        List<Programme> programmes = programmes();
        List<VolunteerOverview> overviews = new ArrayList<>();
        jdbc.sql("select v.*, " + OPEN_MATCHES + " from volunteer v"
                        + (scope.unlimited() ? "" : " where v.municipality_code in (:municipalities)") + " order by v.joined_at desc")
                .param("municipalities", municipalities.isEmpty() ? List.of("") : municipalities)
                .query(row -> {
                    overviews.add(new VolunteerOverview(candidate(row, "", List.of()), areas.municipalityName(row.getString("municipality_code")),
                            row.getInt("max_matches"), row.getInt("open_matches"), List.of(), row.getTimestamp("joined_at").toInstant()));
                });
        List<Long> ids = overviews.stream().map(overview -> overview.candidate().accountId()).toList();
        audit.read("volunteering.volunteers-read", "volunteers", null);
        Map<Long, String> names = accounts.firstNames(ids);
        Map<Long, List<ProgrammeStatus>> statuses = statusesOf(ids, programmes, today);
        return overviews.stream().map(overview -> new VolunteerOverview(named(overview.candidate(), names), overview.municipalityName(),
                overview.maxMatches(), overview.openMatches(), statuses.getOrDefault(overview.candidate().accountId(), List.of()),
                overview.joinedAt())).toList();
    }

    /** Records what vetting has seen for one programme; the whole record is replaced. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public void recordVetting(long volunteerId, ProgrammeKind kind, Vetting vetting) {
        scope.check(municipalityOf(volunteerId));
        if (vetting.recordCheckedOn() != null && (vetting.recordType() == null || vetting.recordValidUntil() == null)) {
            throw new RuleViolation("volunteering.rule.record-incomplete");
        }
        LocalDate today = today();
        if (isFuture(vetting.interviewOn(), today) || isFuture(vetting.trainingOn(), today) || isFuture(vetting.agreementOn(), today)
                || isFuture(vetting.recordCheckedOn(), today)) {
            throw new RuleViolation("volunteering.rule.date-in-future");
        }
        int updated = jdbc.sql("""
                update volunteer_programme set interview_on = :interview, training_on = :training, agreement_on = :agreement,
                  record_checked_on = :checked, record_type = :type, record_valid_until = :validUntil, vetted_by = :by
                where account_id = :volunteer and programme_id = :programme""")
                .param("interview", vetting.interviewOn()).param("training", vetting.trainingOn())
                .param("agreement", vetting.agreementOn()).param("checked", vetting.recordCheckedOn())
                .param("type", vetting.recordType() == null ? null : vetting.recordType().name())
                .param("validUntil", vetting.recordValidUntil()).param("by", CurrentPerson.required().accountId())
                .param("volunteer", volunteerId).param("programme", programme(kind).id())
                .update();
        if (updated == 0) {
            throw new RuleViolation("volunteering.rule.not-in-programme");
        }
        audit.changed("volunteering.vetting-recorded", "volunteer:" + volunteerId, volunteerId, kind.name());
    }

    /**
     * Pauses a volunteer at once, for example after a concern: they are not suggested or proposed,
     * proposals waiting for answers are withdrawn and their matches' contact details are hidden.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public void pause(long volunteerId) {
        scope.check(municipalityOf(volunteerId));
        pauseWithoutCheck(volunteerId);
        audit.changed("volunteering.paused", "volunteer:" + volunteerId, volunteerId, null);
    }

    /** Pauses a volunteer: proposals waiting for answers are declined and their requests go back to the queue. */
    void pauseWithoutCheck(long volunteerId) {
        Instant now = clock.instant();
        jdbc.sql("update volunteer set paused_at = ? where account_id = ? and paused_at is null").params(now, volunteerId).update();
        List<Long> requests = jdbc.sql("select request_id from volunteer_match where volunteer_id = ? and status = 'PROPOSED'")
                .param(volunteerId).query(Long.class).list();
        jdbc.sql("update volunteer_match set status = 'DECLINED', ended_at = ?, end_reason = 'PAUSED' where volunteer_id = ? and status = 'PROPOSED'")
                .params(now, volunteerId).update();
        requests.forEach(request -> jdbc.sql("update match_request set status = 'WAITING' where id = ?").param(request).update());
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public void resume(long volunteerId) {
        scope.check(municipalityOf(volunteerId));
        jdbc.sql("update volunteer set paused_at = null where account_id = ?").param(volunteerId).update();
        audit.changed("volunteering.resumed", "volunteer:" + volunteerId, volunteerId, null);
    }

    /**
     * Volunteers in a programme in the county, as matching sees them. Locks nothing; a proposal
     * checks the chosen volunteer again under a lock.
     */
    List<VolunteerCandidate> candidates(ProgrammeKind kind, String countyCode) {
        Programme programme = programme(kind);
        LocalDate today = today();
        List<VolunteerCandidate> candidates = new ArrayList<>();
        jdbc.sql(CANDIDATES + "where v.municipality_code like :county")
                .param("programme", programme.id()).param("county", countyCode + "%")
                .query(row -> {
                    candidates.add(candidate(row, "", vetting(row).missing(programme, today)));
                });
        Map<Long, String> names = accounts.firstNames(candidates.stream().map(VolunteerCandidate::accountId).toList());
        return candidates.stream().map(candidate -> named(candidate, names)).toList();
    }

    /**
     * A volunteer in a programme with their row locked, so that a proposal counts their open matches
     * while no other node can add one; empty if they are not in that programme.
     */
    Optional<VolunteerCandidate> lockedCandidate(long volunteerId, ProgrammeKind kind) {
        Programme programme = programme(kind);
        LocalDate today = today();
        return jdbc.sql(CANDIDATES + "where v.account_id = :volunteer for update")
                .param("programme", programme.id()).param("volunteer", volunteerId)
                .query((row, number) -> candidate(row, "", vetting(row).missing(programme, today)))
                .optional();
    }

    boolean paused(long volunteerId) {
        return jdbc.sql("select paused_at is not null from volunteer where account_id = ?").param(volunteerId)
                .query(Boolean.class).optional().orElse(false);
    }

    String municipalityOf(long volunteerId) {
        return jdbc.sql("select municipality_code from volunteer where account_id = ?").param(volunteerId)
                .query(String.class).optional().orElseThrow(() -> new RuleViolation("volunteering.rule.not-a-volunteer"));
    }

    private List<ProgrammeStatus> statusesOf(long account) {
        return statusesOf(List.of(account), programmes(), today()).getOrDefault(account, List.of());
    }

    /** The programmes of several volunteers with their vetting, in one query. */
    private Map<Long, List<ProgrammeStatus>> statusesOf(java.util.Collection<Long> volunteers, List<Programme> programmes, LocalDate today) {
        Map<Long, List<ProgrammeStatus>> statuses = new HashMap<>();
        if (volunteers.isEmpty()) {
            return statuses;
        }
        jdbc.sql("select * from volunteer_programme where account_id in (:volunteers) order by account_id, programme_id")
                .param("volunteers", volunteers)
                .query(row -> {
                    long programmeId = row.getLong("programme_id");
                    Programme programme = programmes.stream().filter(candidate -> candidate.id() == programmeId).findFirst().orElseThrow();
                    Vetting vetting = vetting(row);
                    statuses.computeIfAbsent(row.getLong("account_id"), id -> new ArrayList<>())
                            .add(new ProgrammeStatus(programme, vetting, vetting.missing(programme, today)));
                });
        return statuses;
    }

    private static VolunteerCandidate candidate(ResultSet row, String firstName, List<Requirement> missing) throws SQLException {
        return new VolunteerCandidate(row.getLong("account_id"), firstName, row.getString("municipality_code"),
                Columns.skills(row.getString("languages")), Columns.enums(row.getString("interests"), ActivityCategory.class),
                Columns.enums(row.getString("time_slots"), TimeSlot.class), gender(row), row.getBoolean("same_gender_only"),
                Columns.ages(row.getString("children_ages")), Math.max(0, row.getInt("max_matches") - row.getInt("open_matches")),
                row.getTimestamp("paused_at") != null, missing);
    }

    private static VolunteerCandidate named(VolunteerCandidate candidate, Map<Long, String> names) {
        return new VolunteerCandidate(candidate.accountId(), names.getOrDefault(candidate.accountId(), "?"), candidate.municipalityCode(),
                candidate.languages(), candidate.interests(), candidate.timeSlots(), candidate.gender(), candidate.sameGenderOnly(),
                candidate.childrenAges(), candidate.freePlaces(), candidate.paused(), candidate.missing());
    }

    private static Vetting vetting(ResultSet row) throws SQLException {
        return new Vetting(row.getObject("interview_on", LocalDate.class), row.getObject("training_on", LocalDate.class),
                row.getObject("agreement_on", LocalDate.class), row.getObject("record_checked_on", LocalDate.class),
                row.getString("record_type") == null ? null : RecordType.valueOf(row.getString("record_type")),
                row.getObject("record_valid_until", LocalDate.class));
    }

    static @org.jspecify.annotations.Nullable Gender gender(ResultSet row) throws SQLException {
        return row.getString("gender") == null ? null : Gender.valueOf(row.getString("gender"));
    }

    private static Programme programme(ResultSet row, Set<String> counties) throws SQLException {
        Set<Requirement> requirements = EnumSet.noneOf(Requirement.class);
        if (row.getBoolean("needs_interview")) {
            requirements.add(Requirement.INTERVIEW);
        }
        if (row.getBoolean("needs_record_check")) {
            requirements.add(Requirement.RECORD_CHECK);
        }
        if (row.getBoolean("needs_training")) {
            requirements.add(Requirement.TRAINING);
        }
        if (row.getBoolean("needs_agreement")) {
            requirements.add(Requirement.AGREEMENT);
        }
        return new Programme(row.getLong("id"), ProgrammeKind.valueOf(row.getString("kind")), requirements,
                row.getInt("meet_every_weeks"), row.getInt("period_months"), counties);
    }

    private static boolean isFuture(@org.jspecify.annotations.Nullable LocalDate day, LocalDate today) {
        return day != null && day.isAfter(today);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.STOCKHOLM));
    }
}
