package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

class OutcomesModuleTest extends ModuleTestBase {

    @Autowired OutcomeService outcomes;
    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long person(String name) {
        return accounts.ensureAccount(name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", name, SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
    }

    private void present(long accountId, List<Long> meetings) {
        meetings.forEach(meeting -> jdbc.sql("""
                insert into attendance (occurrence_id, attendee, account_id, present, checked_in_at, method)
                values (?, ?, ?, true, ?, 'QR')""").params(meeting, "p" + accountId, accountId, clock.instant()).update());
    }

    private int notices(long accountId, long activityId) {
        return jdbc.sql("select count(*) from notification_delivery where once_key = ?").param("outcome:" + accountId + ":" + activityId)
                .query(Integer.class).single();
    }

    @Test
    void participantsAreAskedOnceAfterThreeMeetingsAndOrganisersSeeOnlyCountsFromThreeAnswers() {
        PublishedActivities.Published activity = published.weekly("Utfall språkkafé", 30, false);
        List<Long> meetings = jdbc.sql("select id from occurrence where activity_id = ? order by starts_at limit 3")
                .param(activity.activityId()).query(Long.class).list();
        long amal = person("Amal");
        long berhane = person("Berhane");
        long cawo = person("Cawo");
        long twice = person("Dawit");
        present(amal, meetings);
        present(berhane, meetings);
        present(cawo, meetings);
        present(twice, meetings.subList(0, 2));

        outcomes.askDue();
        clock.advance(java.time.Duration.ofSeconds(1));
        outcomes.askDue();

        assertThat(notices(amal, activity.activityId())).as("asked once, with a notice").isEqualTo(1);
        assertThat(notices(twice, activity.activityId())).as("two meetings are not enough").isZero();
        assertThat(callAs(amal, () -> outcomes.askedOfMe(SupportedLanguage.SWEDISH), Roles.PARTICIPANT))
                .extracting(OutcomeService.AskedActivity::activityId).containsExactly(activity.activityId());

        as(amal, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.PRACTISED_SWEDISH, OutcomeLevel.A_LOT,
                OutcomeQuestion.MET_PEOPLE, OutcomeLevel.A_LITTLE)), Roles.PARTICIPANT);
        assertThatThrownBy(() -> as(amal, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.FEEL_BETTER, OutcomeLevel.NO)),
                Roles.PARTICIPANT)).isInstanceOf(RuleViolation.class).hasMessage("reporting.outcome.rule.not-asked");
        assertThatThrownBy(() -> as(twice, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.FEEL_BETTER, OutcomeLevel.NO)),
                Roles.PARTICIPANT)).as("only those asked").isInstanceOf(RuleViolation.class);
        long leader = activity.leaderId();
        assertThat(callAs(leader, () -> outcomes.ofActivity(activity.activityId()), Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER))
                .as("one answer could be told apart").isEmpty();

        as(berhane, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.PRACTISED_SWEDISH, OutcomeLevel.A_LOT,
                OutcomeQuestion.FEEL_BETTER, OutcomeLevel.A_LOT)), Roles.PARTICIPANT);
        as(cawo, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.PRACTISED_SWEDISH, OutcomeLevel.NO)), Roles.PARTICIPANT);

        OutcomeService.OutcomeSummary summary = callAs(leader, () -> outcomes.ofActivity(activity.activityId()).orElseThrow(),
                Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);
        assertThat(summary.answers()).isEqualTo(3);
        assertThat(summary.counts().get(OutcomeQuestion.PRACTISED_SWEDISH))
                .containsExactlyInAnyOrderEntriesOf(Map.of(OutcomeLevel.NO, 1, OutcomeLevel.A_LITTLE, 0, OutcomeLevel.A_LOT, 2));
        assertThat(summary.percentALot(OutcomeQuestion.PRACTISED_SWEDISH)).isEqualTo(67);
        assertThat(summary.counts().get(OutcomeQuestion.FEEL_BETTER).get(OutcomeLevel.A_LOT)).isEqualTo(1);
        assertThatThrownBy(() -> as(twice, () -> outcomes.ofActivity(activity.activityId()), Roles.PARTICIPANT))
                .isInstanceOf(AccessDeniedException.class);
    }
}
