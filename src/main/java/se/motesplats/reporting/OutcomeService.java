package se.motesplats.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityHeadline;
import se.motesplats.activity.ActivityService;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.EmailService;
import se.motesplats.notification.Notice;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.Recipient;
import se.motesplats.security.AccountService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.RuleViolation;

/**
 * Outcomes as participants see them: after a few meetings of an activity (default 3) they are asked
 * whether they practised Swedish, feel better and met new people, on a three-face scale. Answers are
 * shown only as counts per activity (to those who run or oversee it) and per municipality (to
 * coordinators), and only from {@value #FEWEST_SHOWN} answers up, so nobody's answer can be singled out.
 */
@Service
public class OutcomeService {

    static final int FEWEST_SHOWN = SmallCounts.FEWEST_SHOWN;
    static final String PATH = "how-was-it";

    /**
     * The columns of {@link #summary}: answers given (a person may leave questions out), and per
     * question and level how many chose it, as {@code <column>_<stored level>}.
     */
    private static final String COUNTS = "count(o.answered_at) as answers, " + Arrays.stream(OutcomeQuestion.values())
            .flatMap(question -> Arrays.stream(OutcomeLevel.values()).map(level -> "coalesce(sum(o.%1$s = %2$d), 0) as %1$s_%2$d"
                    .formatted(question.column(), level.stored())))
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final AccountService accounts;
    private final AreaService areas;
    private final Notifications notifications;
    private final Clock clock;
    private final int askAfter;
    private final String publicUrl;

    OutcomeService(JdbcClient jdbc, ActivityService activities, AccountService accounts, AreaService areas, Notifications notifications,
            Clock clock, @Value("${motesplats.outcomes.ask-after-meetings:3}") int askAfter, @Value("${motesplats.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.accounts = accounts;
        this.areas = areas;
        this.notifications = notifications;
        this.clock = clock;
        this.askAfter = askAfter;
        this.publicUrl = publicUrl;
    }

    /** Activities the caller was asked about and has not answered, with their titles in the caller's language. */
    @Transactional(readOnly = true)
    public List<AskedActivity> askedOfMe(SupportedLanguage language) {
        return jdbc.sql("select activity_id from outcome_answer where account_id = ? and answered_at is null order by asked_at")
                .param(CurrentPerson.required().accountId()).query(Long.class).list().stream()
                .map(activity -> new AskedActivity(activity, activities.headline(activity, language).map(ActivityHeadline::title).orElse("")))
                .toList();
    }

    /** The caller's answers for one activity; questions left out stay unanswered. Answering twice is refused. */
    @Transactional
    public void answer(long activityId, Map<OutcomeQuestion, OutcomeLevel> answers) {
        if (answers.isEmpty()) {
            throw new RuleViolation("reporting.outcome.rule.nothing-answered");
        }
        Map<String, Object> levels = new HashMap<>();
        for (OutcomeQuestion question : OutcomeQuestion.values()) {
            levels.put(question.column(), answers.containsKey(question) ? answers.get(question).stored() : null);
        }
        int answered = jdbc.sql("""
                update outcome_answer set practised_swedish = :practised_swedish, feel_better = :feel_better, met_people = :met_people,
                  answered_at = :now where account_id = :me and activity_id = :activity and answered_at is null""")
                .params(levels).param("now", clock.instant()).param("me", CurrentPerson.required().accountId())
                .param("activity", activityId).update();
        if (answered == 0) {
            throw new RuleViolation("reporting.outcome.rule.not-asked");
        }
    }

    /** Counts per question and answer for one activity, for those who run or oversee it; empty below three answers. */
    @Transactional(readOnly = true)
    public Optional<OutcomeSummary> ofActivity(long activityId) {
        if (!activities.callerManages(activityId)) {
            throw new AccessDeniedException("Not the caller's activity");
        }
        return jdbc.sql("select " + COUNTS + " from outcome_answer o where o.activity_id = :activity").param("activity", activityId)
                .query((row, number) -> summary(row)).optional().filter(summary -> summary.answers() >= FEWEST_SHOWN);
    }

    /**
     * Counts per municipality of the activities' venues in the coordinator's areas (all for
     * administrators), municipalities with fewer than three answers left out; one grouped query.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<AreaOutcome> inMyAreas() {
        SignedInPerson caller = CurrentPerson.required();
        Set<String> scope = caller.hasRole(Roles.ADMINISTRATOR) ? Set.of() : areas.scopeOf(caller.accountId());
        if (scope.isEmpty() && !caller.hasRole(Roles.ADMINISTRATOR)) {
            return List.of();
        }
        List<AreaOutcome> rows = new ArrayList<>(jdbc.sql("select a.municipality_code, " + COUNTS
                        + " from outcome_answer o join activity a on a.id = o.activity_id"
                        + (scope.isEmpty() ? "" : " where a.municipality_code in (:scope)")
                        + " group by a.municipality_code having answers >= :fewest")
                .param("scope", scope.isEmpty() ? List.of("") : scope).param("fewest", FEWEST_SHOWN)
                .query((row, number) -> new AreaOutcome(areas.municipalityName(row.getString("municipality_code")), summary(row)))
                .list());
        rows.sort(java.util.Comparator.comparing(AreaOutcome::municipalityName));
        return rows;
    }

    private static OutcomeSummary summary(ResultSet row) throws SQLException {
        Map<OutcomeQuestion, Map<OutcomeLevel, Integer>> counts = new EnumMap<>(OutcomeQuestion.class);
        for (OutcomeQuestion question : OutcomeQuestion.values()) {
            Map<OutcomeLevel, Integer> levels = new EnumMap<>(OutcomeLevel.class);
            for (OutcomeLevel level : OutcomeLevel.values()) {
                levels.put(level, row.getInt(question.column() + "_" + level.stored()));
            }
            counts.put(question, levels);
        }
        return new OutcomeSummary(row.getInt("answers"), counts);
    }

    /**
     * Asks everyone who has been present at enough meetings of an activity, once per person and
     * activity, with a notice in their language that links to the questions.
     */
    @Scheduled(fixedDelayString = "${motesplats.outcomes.ask-every:PT1H}")
    @SchedulerLock(name = "outcome-questions")
    @Transactional
    public void askDue() {
        Instant now = clock.instant();
        jdbc.sql("""
                insert ignore into outcome_answer (account_id, activity_id, asked_at)
                select a.account_id, o.activity_id, :now from attendance a join occurrence o on o.id = a.occurrence_id
                where a.present and not a.leader and a.account_id is not null
                group by a.account_id, o.activity_id having count(*) >= :after""")
                .param("now", now).param("after", askAfter).update();
        jdbc.sql("select account_id, activity_id from outcome_answer where asked_at = ?").param(now)
                .query((row, number) -> new long[] {row.getLong("account_id"), row.getLong("activity_id")}).list()
                .forEach(asked -> tell(asked[0], asked[1]));
    }

    private void tell(long accountId, long activityId) {
        accounts.contactOf(accountId).ifPresent(contact -> {
            String title = activities.headline(activityId, contact.language()).map(ActivityHeadline::title).orElse("");
            Map<String, Object> arguments = Map.of("name", contact.firstName(), "activity", title, "link", publicUrl + "/" + PATH,
                    EmailService.UNSUBSCRIBE_TOKEN, accounts.unsubscribeToken(accountId));
            notifications.enqueue(new Notice(new Recipient(contact.accountId(), contact.email(), contact.phone(), contact.language(), contact.notifyBy()),
                    "reporting.notice.outcome", arguments, "outcome:" + accountId + ":" + activityId, null));
        });
    }

    /** An activity the person is asked about. */
    public record AskedActivity(long activityId, String title) {
    }

    /** How many answered, and per question how many chose each face. */
    public record OutcomeSummary(int answers, Map<OutcomeQuestion, Map<OutcomeLevel, Integer>> counts) {

        /** Share of the question's answers that chose "a lot", in percent. */
        public int percentALot(OutcomeQuestion question) {
            int total = counts.get(question).values().stream().mapToInt(Integer::intValue).sum();
            return total == 0 ? 0 : Math.round(100f * counts.get(question).get(OutcomeLevel.A_LOT) / total);
        }
    }

    public record AreaOutcome(String municipalityName, OutcomeSummary summary) {
    }
}
